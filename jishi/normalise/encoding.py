"""Decode a document's bytes: UTF-8/16 (with or without BOM), GB18030/GBK/GB2312, Big5.

Order: BOM, strict UTF-8, UTF-16 by its NUL-byte pattern, then every strict
legacy decoding that succeeds is scored by how plausible its characters are
for Chinese news (common hanzi, ASCII, CJK punctuation); the best wins if it
is plausible enough.  Anything else raises InputError: no silent mojibake.
"""
from __future__ import annotations

import codecs
import os
from functools import lru_cache

from jishi.errors import InputError

# Legacy decodings tried after UTF-8; Big5 variants last so that GB wins ties.
LEGACY_CODECS = ("gb18030", "cp950", "big5hkscs")
# Share of plausible characters below which a decoding counts as mojibake.
MIN_PLAUSIBLE = 0.8
# Share of control characters above which decoded text counts as binary.
MAX_CONTROL = 0.01
SCORE_SAMPLE = 20000  # characters scored per candidate: enough, and bounded
# What codecs say when the data ends inside a multi-byte character.
TRUNCATION_REASONS = frozenset({"unexpected end of data", "incomplete multibyte sequence", "truncated data"})
ALLOWED_CONTROLS = frozenset("\t\n\r\f\v\x1a")

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@lru_cache(maxsize=1)
def common_hanzi() -> frozenset[str]:
    """GB2312 level-1 hanzi (simplified) and Big5 level-1 hanzi (traditional)."""
    chars = set()
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes((hi, lo)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    for hi in range(0xA4, 0xC7):
        for lo in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            if (hi, lo) > (0xC6, 0x7E):
                break
            try:
                chars.add(bytes((hi, lo)).decode("cp950"))
            except UnicodeDecodeError:
                pass
    return frozenset(chars)


def _is_plausible(ch: str, common: frozenset[str]) -> bool:
    cp = ord(ch)
    if cp < 0x80:
        return ch.isprintable() or ch in ALLOWED_CONTROLS
    return (
        ch in common
        or 0x3000 <= cp <= 0x303F  # CJK punctuation
        or 0xFF01 <= cp <= 0xFF5E  # full-width ASCII
        or 0x2010 <= cp <= 0x2027  # dashes, quotes, ellipsis
        or ch in "·×÷°±→←↑↓■□●○★☆※№"
    )


def plausibility(text: str) -> float:
    """Share of non-blank characters that are plausible in Chinese news."""
    sample = "".join(text[:SCORE_SAMPLE].split())
    if not sample:
        return 1.0
    common = common_hanzi()
    good = sum(1 for ch in sample if _is_plausible(ch, common))
    return good / len(sample)


def _control_share(text: str) -> float:
    sample = text[:SCORE_SAMPLE]
    bad = sum(1 for ch in sample if (ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0) and ch not in ALLOWED_CONTROLS)
    return bad / max(len(sample), 1)


def _strict(data: bytes, codec: str) -> str | None:
    """Strict decoding, tolerating only a multi-byte character cut off at the very end."""
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError) as err:
        cut = getattr(err, "start", 0)
        if isinstance(err, UnicodeDecodeError) and 0 < cut >= len(data) - 3 and err.reason in TRUNCATION_REASONS:
            try:
                return data[:cut].decode(codec)
            except UnicodeDecodeError:
                return None
        return None


def _best_decoding(data: bytes, codecs_to_try: list[str]) -> tuple[float, str | None, str | None]:
    """(score, text, codec) of the most plausible strict decoding."""
    best_score, best_text, best_codec = 0.0, None, None
    for codec in codecs_to_try:
        text = _strict(data, codec)
        if text is None:
            continue
        score = plausibility(text)
        if score > best_score:
            best_score, best_text, best_codec = score, text, codec
    return best_score, best_text, best_codec


def _control_byte_share(data: bytes) -> float:
    sample = data[: SCORE_SAMPLE * 2]
    bad = sum(1 for b in sample if b < 0x20 and chr(b) not in ALLOWED_CONTROLS)
    return bad / max(len(sample), 1)


def _is_double_utf8(text: str) -> bool:
    """UTF-8 text whose characters are the bytes of UTF-8 again (e.g. 'æ\x96°' for 新)."""
    if not any("\x80" <= ch <= "\xff" for ch in text[:SCORE_SAMPLE]):
        return False
    for legacy in ("latin-1", "cp1252"):
        try:
            again = text.encode(legacy).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if again != text:
            return True
    return False


def _checked(text: str, name: str) -> str:
    if not text.strip():
        raise InputError(name, "empty document")
    if "\x00" in text or _control_share(text) > MAX_CONTROL:
        raise InputError(name, "binary file (control characters in decoded text)")
    return text


def decode_bytes(data: bytes, name: str) -> str:
    """Decode a document's bytes to text, or raise InputError(name, reason)."""
    if not data.strip():
        raise InputError(name, "empty document")
    for bom, codec in BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom):], codec)
            if text is None:
                raise InputError(name, f"invalid {codec} after its byte-order mark")
            return _checked(text, name)

    if b"\x00" in data:
        # NUL bytes: UTF-16 without BOM (ASCII and U+xx00 characters) or binary.
        score, text, _ = _best_decoding(data, ["utf-16-le", "utf-16-be"])
        if text is None or score < MIN_PLAUSIBLE:
            raise InputError(name, "binary file (NUL bytes, not UTF-16 text)")
        return _checked(text, name)

    text = _strict(data, "utf-8")
    if text is not None:
        if _is_double_utf8(text):
            raise InputError(name, "unknown encoding (UTF-8 encoded twice: mojibake)")
        return _checked(text, name)

    candidates = list(LEGACY_CODECS)
    if len(data) % 2 == 0:
        candidates += ["utf-16-le", "utf-16-be"]  # BOM-less UTF-16 of pure CJK has no NULs
    score, text, codec = _best_decoding(data, candidates)
    if (text is None or score < MIN_PLAUSIBLE) and _control_byte_share(data) > MAX_CONTROL:
        raise InputError(name, "binary file (control bytes)")
    if text is None:
        raise InputError(name, "unknown encoding (not UTF-8, UTF-16, GB18030 or Big5)")
    if score < MIN_PLAUSIBLE:
        raise InputError(name, f"unknown encoding (best guess {codec} gives {score:.0%} plausible characters)")
    return _checked(text, name)


def read_text(path: str | os.PathLike) -> str:
    """Read and decode one document file."""
    name = os.fspath(path)
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as err:
        raise InputError(name, f"cannot read file ({err.strerror or err})") from err
    return decode_bytes(data, name)
