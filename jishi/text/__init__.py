"""Sentences, speaker turns and tokens."""
from jishi.text.sentences import split_sentences, find_speakers
from jishi.text.tokens import Segmenter

__all__ = ["split_sentences", "find_speakers", "Segmenter"]
