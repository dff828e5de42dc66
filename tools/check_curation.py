"""Checks curation/food_families.csv and curation/ranking_exclusions.csv against the shared data.

- every food_id exists in the shared data under the id scheme of docs/data-contracts.md
  (usda:<ndb_no>, k2c:<slug(food)>, ciqual:<code>, lit:<source_key>:<slug(food)>);
- food_families: family_id is fam:<slug(family_name)> and one family_id has one name; relation is same_food or
  similar; a food is in at most one family; a family has at least two members, from at least two sources
  (USDA, compiled, Ciqual, or a literature source key), and either no same_food member or at least two; no empty
  note;
- ranking_exclusions: kind is fortified, experimental, special_product or dried_herb; a food is listed once; no
  empty reason.
Prints counts. Exit status 1 on any error.
Run: python3 tools/check_curation.py [--data DIR] (default: the bundled data in src/main/resources)
"""
import argparse
import csv
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CURATION = ROOT / "src/main/resources/k2explorer/data/curation"
RELATIONS = {"same_food", "similar"}
KINDS = {"fortified", "experimental", "special_product", "dried_herb"}
K_CODES = {"430", "429", "428"}  # K1, dihydro-K1, MK-4 in SR28


def slug(name):
    """docs/data-contracts.md: lower case, runs outside a-z0-9 become one '-', trimmed, cut to 80."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:80]


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


class Catalog:
    """The food ids of the shared data, each with a display name, and which USDA foods carry vitamin K."""

    def __init__(self, data):
        self.names = {}
        self.problems = []
        self.usda_with_k = set()
        for r in read_csv(data / "usda-sr28/foods.csv"):
            self.names["usda:" + r["ndb_no"]] = r["description"]
        for r in read_csv(data / "usda-sr28/nutrients.csv"):
            if r["nutrient_code"] in K_CODES:
                self.usda_with_k.add("usda:" + r["ndb_no"])
        for r in read_csv(data / "k2-compiled/menaquinones_compiled.csv"):
            self._add("k2c:" + slug(r["food"]), r["food"], "compiled")
        for r in read_csv(data / "ciqual-2020/vitamin_k.csv"):
            self.names["ciqual:" + r["ciqual_code"]] = r["food_name"]
        for file in ("menaquinones.csv", "other_values.csv"):
            for r in read_csv(data / "k2-literature" / file):
                self._add("lit:%s:%s" % (r["source_key"], slug(r["food"])), r["food"], file)

    def _add(self, food_id, name, where):
        old = self.names.get(food_id)
        if old is not None and old != name:
            self.problems.append(f"{where}: '{name}' and '{old}' give the same id {food_id}")
        self.names[food_id] = name


def source_of(food_id):
    """USDA, compiled, Ciqual, or one literature source key."""
    parts = food_id.split(":")
    return ":".join(parts[:2]) if parts[0] == "lit" else parts[0]


def check_families(rows, catalog, errors):
    by_family = defaultdict(list)
    names = defaultdict(set)
    family_of = {}
    for n, r in enumerate(rows, start=2):
        where = f"food_families.csv line {n}"
        fid, name, food, rel, note = (r.get(k, "").strip() for k in
                                      ("family_id", "family_name", "food_id", "relation", "note"))
        if not name or fid != "fam:" + slug(name):
            errors.append(f"{where}: family_id '{fid}' should be 'fam:{slug(name)}' for name '{name}'")
        names[fid].add(name)
        if food not in catalog.names:
            errors.append(f"{where}: no food {food} in the shared data")
        if rel not in RELATIONS:
            errors.append(f"{where}: relation '{rel}' is not one of {sorted(RELATIONS)}")
        if not note:
            errors.append(f"{where}: empty note for {food}")
        if food in family_of:
            errors.append(f"{where}: {food} is already in {family_of[food]}")
        family_of[food] = fid
        by_family[fid].append((food, rel))
    for fid, members in by_family.items():
        if len(names[fid]) > 1:
            errors.append(f"{fid}: more than one family name {sorted(names[fid])}")
        if len(members) < 2:
            errors.append(f"{fid}: only {len(members)} member")
        if len({source_of(f) for f, _ in members}) < 2:
            errors.append(f"{fid}: all members come from one source")
        same = sum(1 for _, rel in members if rel == "same_food")
        if same == 1:
            errors.append(f"{fid}: a single same_food member (same as what?)")
    return by_family


def check_exclusions(rows, catalog, errors):
    seen = set()
    for n, r in enumerate(rows, start=2):
        where = f"ranking_exclusions.csv line {n}"
        food, kind, reason = (r.get(k, "").strip() for k in ("food_id", "kind", "reason"))
        if food not in catalog.names:
            errors.append(f"{where}: no food {food} in the shared data")
        if kind not in KINDS:
            errors.append(f"{where}: kind '{kind}' is not one of {sorted(KINDS)}")
        if not reason:
            errors.append(f"{where}: empty reason for {food}")
        if food in seen:
            errors.append(f"{where}: {food} is listed twice")
        seen.add(food)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.environ.get("K2_DATA", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "main", "resources", "k2explorer", "data")),
                    help="folder holding usda-sr28/, k2-compiled/, ciqual-2020/, k2-literature/")
    ap.add_argument("--curation", default=str(CURATION))
    args = ap.parse_args()
    catalog = Catalog(Path(args.data))
    errors = list(catalog.problems)
    cur = Path(args.curation)
    fam_rows = read_csv(cur / "food_families.csv")
    exc_rows = read_csv(cur / "ranking_exclusions.csv")
    by_family = check_families(fam_rows, catalog, errors)
    check_exclusions(exc_rows, catalog, errors)

    per_source = Counter(r["food_id"].split(":")[0] for r in fam_rows)
    per_relation = Counter(r["relation"] for r in fam_rows)
    no_k = [r["food_id"] for r in fam_rows
            if r["food_id"].startswith("usda:") and r["food_id"] not in catalog.usda_with_k]
    with_same = sum(1 for m in by_family.values() if any(rel == "same_food" for _, rel in m))
    print(f"food_families.csv: {len(by_family)} families ({with_same} with same_food members), "
          f"{len(fam_rows)} members")
    print("  members per source: " + ", ".join(f"{k} {per_source[k]}" for k in ("usda", "k2c", "ciqual", "lit")))
    print("  relations: " + ", ".join(f"{k} {v}" for k, v in sorted(per_relation.items())))
    print(f"  USDA members without any SR28 vitamin K value: {len(no_k)} ({', '.join(no_k)})")
    per_kind = Counter(r["kind"] for r in exc_rows)
    per_kind_source = Counter((r["kind"], r["food_id"].split(":")[0]) for r in exc_rows)
    print(f"ranking_exclusions.csv: {len(exc_rows)} foods")
    for kind in sorted(KINDS):
        src = ", ".join(f"{s} {per_kind_source[(kind, s)]}" for s in ("usda", "k2c", "ciqual", "lit")
                        if per_kind_source[(kind, s)])
        print(f"  {kind}: {per_kind[kind]}" + (f" ({src})" if src else ""))
    if errors:
        print(f"{len(errors)} problem(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
