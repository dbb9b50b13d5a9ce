#!/usr/bin/env python3
"""Summarises the execution samples of a JFR recording: the methods where samples were taken
(self time) and the methods on the stack when they were (inclusive time), each as a share of all
samples.

    jfr print --events jdk.ExecutionSample --stack-depth 64 rec.jfr > samples.txt
    python3 docs/perf/jfr-top.py samples.txt [N] [--thread NAME] [--lines]

Reads the text form of `jfr print` (the JSON form is several times larger). A frame line looks
like "    org.distsim.core.kernel.EventQueue.siftDown(int) line: 161". Only the benchmark's or the
run's thread is of interest, so --thread keeps the samples of the threads whose name contains NAME.
Frames are counted by method; --lines counts each source line apart.
"""
import collections
import re
import sys


def samples(path, thread, lines):
    frames, name, inside = [], "", False
    with open(path, encoding="utf-8") as text:
        for line in text:
            stripped = line.strip()
            if stripped.startswith("jdk.ExecutionSample"):
                if inside and (thread is None or thread in name):
                    yield frames
                frames, name, inside = [], "", True
            elif stripped.startswith("sampledThread"):
                name = stripped
            elif re.match(r"^[\w$.<>/]+\(.*\)\s+line:", stripped):
                frame = stripped if lines else re.sub(r"\s+line:.*$", "", stripped)
                frames.append(frame)
    if inside and (thread is None or thread in name):
        yield frames


def main():
    args = sys.argv[1:]
    thread = None
    lines = "--lines" in args
    if lines:
        args.remove("--lines")
    if "--thread" in args:
        at = args.index("--thread")
        thread = args[at + 1]
        del args[at:at + 2]
    path = args[0]
    top = int(args[1]) if len(args) > 1 else 30
    own, total, count = collections.Counter(), collections.Counter(), 0
    for frames in samples(path, thread, lines):
        if not frames:
            continue
        count += 1
        own[frames[0]] += 1
        for method in set(frames):
            total[method] += 1
    print(f"{count} samples")
    print("\nself:")
    for method, n in own.most_common(top):
        print(f"{100.0 * n / count:6.1f} %  {method}")
    print("\ninclusive:")
    for method, n in total.most_common(top):
        print(f"{100.0 * n / count:6.1f} %  {method}")


if __name__ == "__main__":
    main()
