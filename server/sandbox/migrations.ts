/**
 * Schema migrations, applied in order on start; `PRAGMA user_version` records the last one applied.
 * Money is stored as integer nanotons, timestamps as ISO 8601 UTC text (sortable).
 */
export const migrations: readonly string[] = [
  `
  CREATE TABLE partners (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    api_key_hash TEXT NOT NULL UNIQUE,
    topup_address TEXT NOT NULL UNIQUE,
    balance_nano INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
  );

  CREATE TABLE orders (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    partner_id INTEGER NOT NULL REFERENCES partners(id),
    status TEXT NOT NULL,
    order_type TEXT NOT NULL CHECK (order_type IN ('stars', 'premium')),
    stars_amount INTEGER,
    premium_months INTEGER,
    recipient_username TEXT NOT NULL COLLATE NOCASE,
    price_nano INTEGER NOT NULL CHECK (price_nano > 0),
    fee_nano INTEGER NOT NULL,
    payment_method TEXT NOT NULL,
    payment_currency TEXT NOT NULL,
    payment_address TEXT NOT NULL,
    payment_memo TEXT NOT NULL UNIQUE,
    client_reference TEXT,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    paid_at TEXT,
    completed_at TEXT,
    payment_tx_hash TEXT,
    failure_reason TEXT,
    status_changed_at TEXT NOT NULL
  );
  CREATE INDEX orders_partner_id ON orders (partner_id, id);
  CREATE INDEX orders_partner_status ON orders (partner_id, status, id);
  CREATE INDEX orders_partner_type ON orders (partner_id, order_type, id);
  CREATE INDEX orders_partner_created ON orders (partner_id, created_at);
  CREATE INDEX orders_partner_recipient ON orders (partner_id, recipient_username, id);
  CREATE INDEX orders_partner_reference ON orders (partner_id, client_reference) WHERE client_reference IS NOT NULL;
  CREATE INDEX orders_moving ON orders (status, status_changed_at) WHERE status IN ('paid', 'processing', 'failed');
  CREATE INDEX orders_pending_expiry ON orders (expires_at) WHERE status = 'pending_payment';

  -- Daily roll-up kept by triggers, so stats read at most a few hundred rows whatever the history size.
  CREATE TABLE daily_stats (
    partner_id INTEGER NOT NULL,
    day TEXT NOT NULL,
    status TEXT NOT NULL,
    order_type TEXT NOT NULL,
    orders INTEGER NOT NULL,
    stars INTEGER NOT NULL,
    months INTEGER NOT NULL,
    price_nano INTEGER NOT NULL,
    PRIMARY KEY (partner_id, day, status, order_type)
  ) WITHOUT ROWID;

  CREATE TRIGGER orders_stats_insert AFTER INSERT ON orders BEGIN
    INSERT INTO daily_stats VALUES (NEW.partner_id, substr(NEW.created_at, 1, 10), NEW.status, NEW.order_type,
      1, coalesce(NEW.stars_amount, 0), coalesce(NEW.premium_months, 0), NEW.price_nano)
    ON CONFLICT DO UPDATE SET orders = orders + 1, stars = stars + excluded.stars,
      months = months + excluded.months, price_nano = price_nano + excluded.price_nano;
  END;

  CREATE TRIGGER orders_stats_status AFTER UPDATE OF status ON orders WHEN OLD.status <> NEW.status BEGIN
    UPDATE daily_stats SET orders = orders - 1, stars = stars - coalesce(OLD.stars_amount, 0),
      months = months - coalesce(OLD.premium_months, 0), price_nano = price_nano - OLD.price_nano
    WHERE partner_id = OLD.partner_id AND day = substr(OLD.created_at, 1, 10)
      AND status = OLD.status AND order_type = OLD.order_type;
    INSERT INTO daily_stats VALUES (NEW.partner_id, substr(NEW.created_at, 1, 10), NEW.status, NEW.order_type,
      1, coalesce(NEW.stars_amount, 0), coalesce(NEW.premium_months, 0), NEW.price_nano)
    ON CONFLICT DO UPDATE SET orders = orders + 1, stars = stars + excluded.stars,
      months = months + excluded.months, price_nano = price_nano + excluded.price_nano;
  END;

  CREATE TABLE balance_transactions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    partner_id INTEGER NOT NULL REFERENCES partners(id),
    type TEXT NOT NULL CHECK (type IN ('topup', 'order_debit', 'refund', 'adjustment')),
    amount_nano INTEGER NOT NULL,
    balance_after_nano INTEGER NOT NULL,
    order_id INTEGER REFERENCES orders(id),
    tx_hash TEXT,
    created_at TEXT NOT NULL
  );
  CREATE INDEX balance_tx_partner ON balance_transactions (partner_id, id);
  CREATE INDEX balance_tx_partner_type ON balance_transactions (partner_id, type, id);

  CREATE TABLE idempotency_keys (
    partner_id INTEGER NOT NULL,
    key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('in_progress', 'done')),
    response_status INTEGER,
    response_body TEXT,
    created_at TEXT NOT NULL,
    PRIMARY KEY (partner_id, key)
  ) WITHOUT ROWID;
  CREATE INDEX idempotency_created ON idempotency_keys (created_at);

  CREATE TABLE chain_transactions (
    hash TEXT PRIMARY KEY,
    address TEXT NOT NULL,
    amount_nano INTEGER NOT NULL,
    comment TEXT,
    outcome TEXT NOT NULL,
    order_id INTEGER,
    partner_id INTEGER,
    created_at TEXT NOT NULL
  );

  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  `,
];
