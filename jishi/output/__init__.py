"""Writers for event records: JSON Lines (the spec's record), Phoenix TSV, a terminal table."""
from jishi.output.formats import PHOENIX_COLUMNS, phoenix_row, write_jsonl, write_phoenix, write_table, FORMATS

__all__ = ["PHOENIX_COLUMNS", "phoenix_row", "write_jsonl", "write_phoenix", "write_table", "FORMATS"]
