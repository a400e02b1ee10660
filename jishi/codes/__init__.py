"""Event codebooks (CAMEO 1.1b3 with its Goldstein and PLOVER equivalents)."""
from jishi.codes.cameo import ROOTS, CameoCode, load_cameo, lookup, root_of

__all__ = ["ROOTS", "CameoCode", "load_cameo", "lookup", "root_of"]
