package org.nianbao.checker.cli;
public class CheckerCommand { public static void main(String[] a) {} }
