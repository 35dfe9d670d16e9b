package org.nianbao.checker.crossreport;

import java.util.Arrays;

/**
 * The longest passage two texts share, found with a suffix automaton of the first text in time linear in both
 * lengths (a table of all pairs would take seconds over thousands of copied sections).
 */
public final class LongestSharedPassage {

    private final int[] len;
    private final int[] link;
    /** Transitions per state: characters and target states, searched linearly (most states have one or two). */
    private final char[][] chars;
    private final int[][] targets;
    private final int[] count;
    private int size;

    private LongestSharedPassage(int capacity) {
        len = new int[capacity];
        link = new int[capacity];
        chars = new char[capacity][];
        targets = new int[capacity][];
        count = new int[capacity];
        Arrays.fill(link, -1);
    }

    /** The longest common substring of {@code a} and {@code b}; "" when they share no character. */
    public static String of(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) return "";
        if (a.equals(b)) return a;
        LongestSharedPassage sam = new LongestSharedPassage(2 * a.length() + 1);
        sam.build(a);
        return sam.longestIn(b);
    }

    private void build(String a) {
        size = 1;
        int last = 0;
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            int cur = size++;
            len[cur] = len[last] + 1;
            int p = last;
            while (p != -1 && next(p, c) < 0) {
                put(p, c, cur);
                p = link[p];
            }
            if (p == -1) {
                link[cur] = 0;
            } else {
                int q = next(p, c);
                if (len[p] + 1 == len[q]) {
                    link[cur] = q;
                } else {
                    int clone = size++;
                    len[clone] = len[p] + 1;
                    link[clone] = link[q];
                    if (count[q] > 0) {
                        chars[clone] = Arrays.copyOf(chars[q], chars[q].length);
                        targets[clone] = Arrays.copyOf(targets[q], targets[q].length);
                        count[clone] = count[q];
                    }
                    while (p != -1 && next(p, c) == q) {
                        put(p, c, clone);
                        p = link[p];
                    }
                    link[q] = clone;
                    link[cur] = clone;
                }
            }
            last = cur;
        }
    }

    private String longestIn(String b) {
        int state = 0, l = 0, best = 0, bestEnd = 0;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            while (state != 0 && next(state, c) < 0) {
                state = link[state];
                l = len[state];
            }
            int to = next(state, c);
            if (to >= 0) {
                state = to;
                l++;
            }
            if (l > best) {
                best = l;
                bestEnd = i + 1;
            }
        }
        return b.substring(bestEnd - best, bestEnd);
    }

    private int next(int state, char c) {
        char[] cs = chars[state];
        for (int i = 0; i < count[state]; i++) if (cs[i] == c) return targets[state][i];
        return -1;
    }

    private void put(int state, char c, int to) {
        char[] cs = chars[state];
        for (int i = 0; i < count[state]; i++) {
            if (cs[i] == c) {
                targets[state][i] = to;
                return;
            }
        }
        if (cs == null) {
            chars[state] = new char[2];
            targets[state] = new int[2];
        } else if (count[state] == cs.length) {
            chars[state] = Arrays.copyOf(cs, cs.length * 2);
            targets[state] = Arrays.copyOf(targets[state], cs.length * 2);
        }
        chars[state][count[state]] = c;
        targets[state][count[state]++] = to;
    }
}
