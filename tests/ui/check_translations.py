#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The translations_complete test: every user-visible string in the sources has
a finished translation in every committed resources/translations/*.ts.

Runs lupdate over the current sources into a temporary .ts (the committed files
are never touched), then checks each committed file against it:
  - every source string is present, finished and non-empty (all plural forms);
  - the translation keeps the source's %1..%99 placeholders (and %n);
  - (forkscope_en.ts holds only plural forms, so only those are checked there);
  - a menu/label accelerator (&File) is kept when the source has one.
lupdate warnings fail too: they mean a tr() whose context lupdate cannot see,
so its translation would never be found at run time.

usage: check_translations.py --lupdate LUPDATE --source-dir DIR TS_FILE...
The fix is almost always: scripts/update-translations, then translate the
strings it marks unfinished (Qt Linguist or a text editor)."""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SCAN = ["ui", "app/gui"]  # as in scripts/update-translations, plus the engine's texts
PLACEHOLDER = re.compile(r"%(?:\d{1,2}|n|L\d)")
# A mnemonic: '&' then a letter/digit, but not '&&', an entity (&amp; &#10004;
# &nbsp;) or a lone '&'.
MNEMONIC = re.compile(r"(?<!&)&(?!&|#|[a-z]+;)(\w)")


def messages(path):
    """(context, source, comment) -> <message> element."""
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name", "")
        for m in ctx.iter("message"):
            key = (name, m.findtext("source", ""), m.findtext("comment", ""))
            out[key] = m
    return out


def forms(message):
    tr = message.find("translation")
    if tr is None:
        return None, []
    nf = tr.findall("numerusform")
    texts = [f.text or "" for f in nf] if nf else [tr.text or ""]
    return tr.get("type"), texts


def check(ts_path, fresh):
    committed = messages(ts_path)
    # English is the source language: its file holds only the plural forms.
    if ET.parse(ts_path).getroot().get("language", "").startswith("en"):
        fresh = {k: m for k, m in fresh.items() if m.get("numerus") == "yes"}
    problems = []
    for key, m in sorted(fresh.items()):
        ctx, src, _ = key
        where = f"{ctx}: {src!r}"
        cm = committed.get(key)
        if cm is None:
            problems.append(f"missing      {where}")
            continue
        kind, texts = forms(cm)
        if kind in ("unfinished", "vanished", "obsolete") or not texts or not all(texts):
            problems.append(f"untranslated {where}")
            continue
        want = sorted(set(PLACEHOLDER.findall(src)))
        for t in texts:
            got = sorted(set(PLACEHOLDER.findall(t)))
            if got != want:
                problems.append(f"placeholders {where}: {want} but {t!r} has {got}")
        if MNEMONIC.search(src):
            for t in texts:
                if not MNEMONIC.search(t):
                    problems.append(f"no &-key     {where}: {t!r}")
    return problems, len(fresh)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lupdate", required=True)
    ap.add_argument("--source-dir", required=True)
    ap.add_argument("ts", nargs="+")
    args = ap.parse_args()
    src = os.path.abspath(args.source_dir)
    with tempfile.TemporaryDirectory() as tmp:
        fresh_ts = os.path.join(tmp, "fresh.ts")
        # The engine's and the bundled scenarios' texts, as scripts/update-translations sees them.
        narration = os.path.join(tmp, "engine_texts.cpp")
        subprocess.run([sys.executable, os.path.join(src, "scripts", "extract-engine-texts"), src,
                        narration], check=True, capture_output=True)
        run = subprocess.run(
            [args.lupdate, "-I", src, "-locations", "none", "-no-ui-lines"]
            + [os.path.join(src, d) for d in SCAN] + [narration, "-ts", fresh_ts],
            cwd=src, capture_output=True, text=True)
        log = run.stdout + run.stderr
        if run.returncode != 0 or not os.path.exists(fresh_ts):
            print(log)
            print("check_translations: lupdate failed")
            return 1
        warnings = [l for l in log.splitlines() if re.match(r"^\S+:\d+: ", l)]
        fresh = messages(fresh_ts)
    failed = False
    if warnings:
        failed = True
        print("lupdate warnings (a tr() lupdate cannot place in the run-time context):")
        for w in warnings:
            print("  " + w)
    for ts in args.ts:
        problems, total = check(ts, fresh)
        name = os.path.relpath(ts, src)
        if problems:
            failed = True
            print(f"{name}: {len(problems)} of {total} strings need work:")
            for p in problems:
                print("  " + p)
        else:
            print(f"{name}: all {total} strings translated")
    if failed:
        print("Run scripts/update-translations, translate what it marks unfinished "
              "(linguist resources/translations/forkscope_<lang>.ts), and run this test again.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
