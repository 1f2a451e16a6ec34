"""Storage layer: opening a database, its schema and migrations, content hashes, the ledger.

Everything that knows which backend is underneath lives here; the commands above it
(``store``, ``queries``, ``aggregates``) speak SQLAlchemy Core and stay backend-neutral.
"""
