"""The central sync server: FastAPI app, SQLAlchemy models, Alembic migrations and CLI."""
