"""``python -m hubkiosk`` and the bundle's entry (build.spec): the kiosk's command.

The garbage collector is held off from here, before anything is imported, to the home
screen's first paint (:func:`hubkiosk.app.run_kiosk` turns it back on): the start makes
thousands of objects that live as long as the kiosk, and walking them again and again
before the first paint was a cost of every start (issue 16). Other commands turn it back
on at once (:func:`hubkiosk.app.main`).
"""

import gc

gc.disable()

import sys  # noqa: E402 (after the collector is held off)

from hubkiosk.app import main  # noqa: E402

sys.exit(main())
