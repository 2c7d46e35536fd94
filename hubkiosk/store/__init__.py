"""The local store: SQLAlchemy 2 over SQLite, with its outbox, migrations and backups."""
