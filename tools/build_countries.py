"""(Re)generate the ISO 3166-1 part of jishi/data/countries.tsv from Babel's CLDR data.

One-off maintenance script, not used at run time.  The TSV is the source of truth for
everything curated by hand (Xinhua names, aliases, abbreviations, capitals, dates): this
script keeps every existing row and its comment header, adds a row for any ISO 3166-1
entry that is missing, and fills only empty `iso2`, `name` and `name_en` cells.

    python tools/build_countries.py            # rewrite jishi/data/countries.tsv in place
    python tools/build_countries.py --check    # exit 1 if the file would change
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from babel import Locale
from babel.core import get_global

COUNTRIES_TSV = Path(__file__).resolve().parent.parent / "jishi" / "data" / "countries.tsv"
COLUMNS = ["iso3", "iso2", "name", "name_en", "aliases", "abbr", "capital", "start", "end"]
ISO_ENTRY_COUNT = 249

# CLDR's territory aliases map every alpha-3 code to its alpha-2 code, but they also hold
# codes that are not ISO 3166-1 entries: exceptional or user-assigned reservations
# (AC, CP, DG, EA, IC, TA, EU, QM-QZ, XA-XZ, ZZ, AA) and withdrawn alpha-3 codes that CLDR
# redirects to a successor (BUR→MM, DDR→DE, FXX→FR, TMP→TL, YMD→YE, ZAR→CD).
NON_ISO_ALPHA2 = {"AA", "AC", "CP", "DG", "EA", "EU", "IC", "TA", "ZZ"}
NON_ISO_ALPHA2 |= {"Q" + letter for letter in "MNOPQRSTUVWXYZ"}
NON_ISO_ALPHA2 |= {"X" + letter for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
WITHDRAWN_ALPHA3 = {"BUR", "DDR", "FXX", "TMP", "YMD", "ZAR"}

# CLDR's English display names are UI labels; these read better in event records.
ENGLISH_NAME_FIXES = {
    "Congo - Kinshasa": "Democratic Republic of the Congo",
    "Congo - Brazzaville": "Republic of the Congo",
    "Hong Kong SAR China": "Hong Kong",
    "Macao SAR China": "Macao",
    "Myanmar (Burma)": "Myanmar",
    "Palestinian Territories": "Palestine",
}


def iso_alpha3_to_alpha2() -> dict[str, str]:
    """Every ISO 3166-1 entry as {alpha-3: alpha-2}, taken from CLDR."""
    pairs = {}
    for alpha3, targets in get_global("territory_aliases").items():
        if len(alpha3) != 3 or not alpha3.isalpha() or len(targets) != 1:
            continue
        alpha2 = targets[0]
        if alpha3 in WITHDRAWN_ALPHA3 or alpha2 in NON_ISO_ALPHA2:
            continue
        pairs[alpha3] = alpha2
    if len(pairs) != ISO_ENTRY_COUNT:
        raise SystemExit(f"expected {ISO_ENTRY_COUNT} ISO entries from CLDR, got {len(pairs)}")
    return pairs


def english_name(alpha2: str) -> str:
    name = Locale("en").territories[alpha2]
    name = ENGLISH_NAME_FIXES.get(name, name)
    return name.replace(" & ", " and ").replace("St. ", "Saint ")


def read_table(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """The leading comment lines and the data rows of an existing countries.tsv."""
    if not path.exists():
        return [], []
    comments, rows, header = [], [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            if header is None:
                comments.append(line)
            continue
        if not line.strip():
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            if header != COLUMNS:
                raise SystemExit(f"unexpected header in {path}: {header}")
            continue
        cells += [""] * (len(COLUMNS) - len(cells))
        rows.append(dict(zip(COLUMNS, cells)))
    return comments, rows


def merge(rows: list[dict[str, str]], iso: dict[str, str]) -> list[dict[str, str]]:
    """ISO rows sorted by alpha-3, then the other rows (Kosovo, historical) in file order."""
    chinese = Locale("zh").territories
    by_iso3 = {row["iso3"]: row for row in rows if row["iso3"] in iso and not row["end"]}
    iso_rows = []
    for alpha3, alpha2 in sorted(iso.items()):
        row = by_iso3.get(alpha3) or dict.fromkeys(COLUMNS, "") | {"iso3": alpha3}
        row["iso2"] = row["iso2"] or alpha2
        row["name"] = row["name"] or chinese[alpha2]
        row["name_en"] = row["name_en"] or english_name(alpha2)
        iso_rows.append(row)
    kept = {id(row) for row in iso_rows}
    others = [row for row in rows if id(row) not in kept]
    for row in others:
        if row["iso2"]:
            row["name"] = row["name"] or chinese[row["iso2"]]
            row["name_en"] = row["name_en"] or english_name(row["iso2"])
    return iso_rows + others


def render(comments: list[str], rows: list[dict[str, str]]) -> str:
    lines = comments + ["\t".join(COLUMNS)]
    lines += ["\t".join(row[column] for column in COLUMNS) for row in rows]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report whether the file is up to date")
    parser.add_argument("--path", type=Path, default=COUNTRIES_TSV)
    args = parser.parse_args(argv)
    comments, rows = read_table(args.path)
    text = render(comments, merge(rows, iso_alpha3_to_alpha2()))
    current = args.path.read_text(encoding="utf-8") if args.path.exists() else ""
    if args.check:
        print("up to date" if text == current else f"{args.path} would change")
        return 0 if text == current else 1
    args.path.write_text(text, encoding="utf-8")
    print(f"wrote {len(text.splitlines()) - len(comments) - 1} rows to {args.path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
