"""Allow ``python -m giftdesk``."""

import sys

from giftdesk.cli import main

sys.exit(main())
