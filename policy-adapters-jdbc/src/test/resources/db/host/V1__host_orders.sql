-- A table of the application that embeds the library, migrated by the application's own Flyway.
CREATE TABLE host_order (
    id   BIGINT       NOT NULL,
    note VARCHAR(100) NOT NULL,
    CONSTRAINT host_order_pk PRIMARY KEY (id)
);
