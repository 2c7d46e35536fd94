import sys

from hubkiosk.app import main

sys.exit(main())
