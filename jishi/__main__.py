import sys

from jishi.cli import main

sys.exit(main())
