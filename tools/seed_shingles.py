"""Fingerprints every 8-word run of the seed articles, so tests can check the app's prose against them
without the seed text living in this project.

Words: runs of letters or digits, lower-cased (Unicode aware). A run's fingerprint is the first 16 hex digits
of SHA-256 over the eight words joined by single spaces. Mirrored by k2explorer.learn.SeedOverlap in tests.
Run (from the project root, with ../shared beside it): python3 tools/seed_shingles.py
"""
import hashlib, pathlib, re

WORD = re.compile(r"[^\W_]+", re.UNICODE)
out = set()
for seed in sorted(pathlib.Path("../shared/seeds").glob("*.txt")):
    words = [w.lower() for w in WORD.findall(seed.read_text(encoding="utf-8"))]
    for i in range(len(words) - 7):
        out.add(hashlib.sha256(" ".join(words[i:i + 8]).encode("utf-8")).hexdigest()[:16])
target = pathlib.Path("src/test/resources/k2explorer/seed-8word-fingerprints.txt")
target.parent.mkdir(parents=True, exist_ok=True)
target.write_text("".join(h + "\n" for h in sorted(out)), encoding="utf-8")
print(len(out), "fingerprints")
