-- The item picker at scale (issue 17 item 1; benchmarks/README.md, finding 6): its count of a company's active
-- items was a sequential scan of item (active is in no index; customers got the same index in V16), and its
-- search also matches FS product ids, which had no trigram index, so the OR of the three columns could use none.
CREATE INDEX item_tenant_active_idx ON item (tenant_id) WHERE active;
CREATE INDEX item_fs_product_id_trgm_idx ON item USING gin (fs_product_id gin_trgm_ops);

-- Two indexes no query uses (benchmarks/README.md, findings 7 and 10), each one more entry to write per pulled
-- record: customers are listed by (tenant_id, lower(name), id) (V9) and searched with the trigram indexes, never by
-- name as it is; item (tenant_id, code) is a prefix of item_tenant_code_id_idx (V9).
DROP INDEX customer_tenant_name_idx;
DROP INDEX item_tenant_code_idx;
