# Bench baseline: what a researcher would write instead — Python's zipfile + csv.DictReader,
# iterating every row of every CSV. No analysis. Prints the row count.
import csv
import io
import sys
import zipfile

rows = 0
with zipfile.ZipFile(sys.argv[1]) as archive:
    for info in archive.infolist():
        if info.filename.lower().endswith(".csv"):
            with archive.open(info) as raw:
                for _ in csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")):
                    rows += 1
print(rows)
