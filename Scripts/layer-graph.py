#!/usr/bin/env python3
"""Prints which folders of Sources/PlanAlignKit use which, from the declarations each
folder makes and the names each file uses, and flags uses that point backwards.
Usage: Scripts/layer-graph.py [ORDER…]  (default: the layer order below)"""
import os, re, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "PlanAlignKit")
ORDER = sys.argv[1:] or ["Base", "Model", "Read", "Parse", "Targets", "Match", "Review", "Analyse", "Pipeline", "Render"]
decl = re.compile(r"^\s*(?:public |internal |fileprivate |private |final |indirect )*(?:struct|enum|class|protocol|typealias|actor)\s+([A-Z]\w*)", re.M)
func = re.compile(r"^(?:public |internal )?func\s+(\w+)", re.M)

def strip(text):
    text = re.sub(r'"""[\s\S]*?"""', '""', text)
    text = re.sub(r'"(?:\\.|[^"\\\n])*"', '""', text)
    return re.sub(r"//[^\n]*", "", text)

files = {}
for folder in sorted(os.listdir(ROOT)):
    path = os.path.join(ROOT, folder)
    if not os.path.isdir(path):
        continue
    for name in sorted(os.listdir(path)):
        if name.endswith(".swift"):
            files[(folder, name)] = strip(open(os.path.join(path, name), encoding="utf-8").read())
owner = {}
for (folder, _), text in files.items():
    for name in decl.findall(text) + func.findall(text):
        owner.setdefault(name, folder)
uses = {}
for (folder, name), text in files.items():
    for word in set(re.findall(r"\b[A-Za-z]\w*\b", text)):
        target = owner.get(word)
        if target and target != folder:
            uses.setdefault((folder, target), set()).add(f"{name}:{word}")
rank = {f: i for i, f in enumerate(ORDER)}
backward = 0
for (source, target), why in sorted(uses.items(), key=lambda kv: (rank.get(kv[0][0], 99), rank.get(kv[0][1], 99))):
    bad = rank.get(target, 99) > rank.get(source, 99)
    backward += bad
    print(f"{'BACKWARD ' if bad else ''}{source} -> {target}: {', '.join(sorted(why)[:6])}{' …' if len(why) > 6 else ''}")
print(f"{backward} backward uses")
sys.exit(1 if backward else 0)
