-- Issue 14: every text Simon stores has a maximum, the same the use cases enforce (shared/Input,
-- README "Limits"); texts from FactuurSturen are cut to them when pulled (FsClientInfo, FsProductInfo).
-- NOT VALID: the checks hold for every row written from now on; rows stored before are left as they are
-- (an installation that already holds a longer text keeps running; VALIDATE CONSTRAINT once cleaned up).

ALTER TABLE tenant ADD CONSTRAINT tenant_name_length CHECK (char_length(name) <= 200) NOT VALID;

ALTER TABLE office_user ADD CONSTRAINT office_user_email_length CHECK (char_length(email) <= 254) NOT VALID;

ALTER TABLE customer
    ADD CONSTRAINT customer_name_length CHECK (char_length(name) <= 200) NOT VALID,
    ADD CONSTRAINT customer_address_length CHECK (char_length(address) <= 200) NOT VALID,
    ADD CONSTRAINT customer_zipcode_length CHECK (char_length(zipcode) <= 20) NOT VALID,
    ADD CONSTRAINT customer_city_length CHECK (char_length(city) <= 200) NOT VALID,
    ADD CONSTRAINT customer_country_length CHECK (char_length(country) <= 100) NOT VALID,
    ADD CONSTRAINT customer_email_length CHECK (char_length(email) <= 255) NOT VALID,
    ADD CONSTRAINT customer_phone_length CHECK (char_length(phone) <= 100) NOT VALID,
    ADD CONSTRAINT customer_fs_client_nr_length CHECK (char_length(fs_client_nr) <= 40) NOT VALID;

ALTER TABLE location
    ADD CONSTRAINT location_name_length CHECK (char_length(name) <= 200) NOT VALID,
    ADD CONSTRAINT location_address_length CHECK (char_length(address) <= 200) NOT VALID,
    ADD CONSTRAINT location_zipcode_length CHECK (char_length(zipcode) <= 20) NOT VALID,
    ADD CONSTRAINT location_city_length CHECK (char_length(city) <= 200) NOT VALID;

ALTER TABLE item_group ADD CONSTRAINT item_group_name_length CHECK (char_length(name) <= 200) NOT VALID;

ALTER TABLE item
    ADD CONSTRAINT item_code_length CHECK (char_length(code) <= 50) NOT VALID,
    ADD CONSTRAINT item_name_length CHECK (char_length(name) <= 200) NOT VALID,
    ADD CONSTRAINT item_fs_product_id_length CHECK (char_length(fs_product_id) <= 40) NOT VALID;

ALTER TABLE work_order
    ADD CONSTRAINT work_order_description_length CHECK (char_length(description) <= 4000) NOT VALID,
    ADD CONSTRAINT work_order_customer_reference_length CHECK (char_length(customer_reference) <= 200) NOT VALID;

ALTER TABLE planning ADD CONSTRAINT planning_employee_length CHECK (char_length(employee) <= 200) NOT VALID;

ALTER TABLE time_sheet ADD CONSTRAINT time_sheet_employee_length CHECK (char_length(employee) <= 200) NOT VALID;

ALTER TABLE integration
    ADD CONSTRAINT integration_fs_username_length CHECK (char_length(fs_username) <= 255) NOT VALID,
    ADD CONSTRAINT integration_fs_base_url_length CHECK (char_length(fs_base_url) <= 2000) NOT VALID;
