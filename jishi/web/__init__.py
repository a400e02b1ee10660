"""The web page: `jishi serve` (FastAPI app in `jishi.web.app`)."""
