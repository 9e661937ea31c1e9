"""giftdesk's data layer: models, database files, services, import/export.

Nothing in this package imports Qt (an import-linter contract and a test
keep it so): it is usable from a plain Python shell and from the CLI.
"""
