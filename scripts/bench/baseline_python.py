# Bench baseline: what a researcher would write instead — Python's zipfile + csv.DictReader,
# iterating every row of every CSV. No analysis. Prints the row count. Like a fair reader of
# LinkedIn exports, it looks at each file's first bytes: a UTF-16LE byte-order mark (2018
# exports) means UTF-16 and TAB-delimited fields, else UTF-8 (BOM or not) and commas.
import csv
import io
import sys
import zipfile

rows = 0
with zipfile.ZipFile(sys.argv[1]) as archive:
    for info in archive.infolist():
        if info.filename.lower().endswith(".csv"):
            with archive.open(info) as raw:
                utf16 = raw.peek(2)[:2] == b"\xff\xfe"
                text = io.TextIOWrapper(raw, encoding="utf-16" if utf16 else "utf-8-sig", newline="")
                for _ in csv.DictReader(text, delimiter="\t" if utf16 else ","):
                    rows += 1
print(rows)
