"""The body of both Alembic environments (central and terminal): only the metadata differs."""

from __future__ import annotations

from alembic import context
from sqlalchemy import MetaData, engine_from_config, pool


def run(target_metadata: MetaData) -> None:
    """Run the migrations of `target_metadata`, on the connection handed in by
    app.store.migrate (or an engine built from the URL), or offline."""
    config = context.config

    def configure(connection) -> None:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            compare_type=True,
            # SQLite cannot ALTER constraints in place; batch mode recreates the table.
            render_as_batch=connection.dialect.name == "sqlite",
        )

    if context.is_offline_mode():
        context.configure(
            url=config.get_main_option("sqlalchemy.url"),
            target_metadata=target_metadata,
            literal_binds=True,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        return
    connection = config.attributes.get("connection")
    if connection is not None:
        configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = engine_from_config(
        config.get_section(config.config_ini_section, {}),
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )
    with engine.connect() as connection:
        configure(connection)
        with context.begin_transaction():
            context.run_migrations()
