-- Issue 15: lists and pickers search server-side as you type ("contains", ignoring case) in tenants with
-- 20,000+ customers. ILIKE '%typed%' is served by trigram GIN indexes (pg_trgm, a trusted extension that a
-- database owner may create); the unfiltered first page by a btree in the list's order.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX customer_tenant_lower_name_idx ON customer (tenant_id, lower(name), id);
CREATE INDEX customer_name_trgm_idx ON customer USING gin (name gin_trgm_ops);
CREATE INDEX customer_address_trgm_idx ON customer USING gin (address gin_trgm_ops);
CREATE INDEX customer_zipcode_trgm_idx ON customer USING gin (zipcode gin_trgm_ops);
CREATE INDEX customer_city_trgm_idx ON customer USING gin (city gin_trgm_ops);
CREATE INDEX customer_fs_client_nr_trgm_idx ON customer USING gin (fs_client_nr gin_trgm_ops);

CREATE INDEX item_tenant_code_id_idx ON item (tenant_id, code, id);
CREATE INDEX item_code_trgm_idx ON item USING gin (code gin_trgm_ops);
CREATE INDEX item_name_trgm_idx ON item USING gin (name gin_trgm_ops);
