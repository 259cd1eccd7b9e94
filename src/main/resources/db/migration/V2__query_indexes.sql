-- Indexes for the Graph API's $filter and $orderby on users and groups, so that they stay index lookups at
-- 100,000 users per tenant instead of scanning the tenant.
--
-- Filters compare text case-insensitively, as Graph does (lower(column) = lower(value)), so the indexes are on
-- lower(column). text_pattern_ops lets one index serve both eq and startswith() (LIKE 'prefix%') whatever the
-- collation of the database (an external PostgreSQL may not use "C").
--
-- These indexes are deliberately not partial (where deleted_at is null): PostgreSQL keeps statistics on the
-- expression of an index, such as lower(department), but ignores them for partial indexes. Without them every
-- value looks equally common, and a filter on a rare value (department in ('Legal', 'Audit')) is estimated at
-- thousands of rows, for which the planner prefers to walk the whole organization in display-name order. Deleted
-- users are few, so including them costs little.

create index directory_user_by_display_name_prefix on directory_user (tenant_id, lower(display_name) text_pattern_ops);
create index directory_user_by_upn_prefix on directory_user (tenant_id, lower(user_principal_name) text_pattern_ops);
create index directory_user_by_mail_prefix on directory_user (tenant_id, lower(mail) text_pattern_ops);
create index directory_user_by_given_name on directory_user (tenant_id, lower(given_name) text_pattern_ops);
create index directory_user_by_surname on directory_user (tenant_id, lower(surname) text_pattern_ops);
create index directory_user_by_mail_nickname on directory_user (tenant_id, lower(mail_nickname) text_pattern_ops);
create index directory_user_by_department on directory_user (tenant_id, lower(department) text_pattern_ops);
create index directory_user_by_job_title on directory_user (tenant_id, lower(job_title) text_pattern_ops);
create index directory_user_by_company_name on directory_user (tenant_id, lower(company_name) text_pattern_ops);
create index directory_user_by_usage_location on directory_user (tenant_id, lower(usage_location) text_pattern_ops);

-- Keyset paging in userPrincipalName order ($orderby=userPrincipalName): the sort key and the tie-breaking id.
create index directory_user_by_upn_order on directory_user (tenant_id, lower(user_principal_name), user_id)
    where deleted_at is null;

-- Disabled accounts are few, and "disabled users who still hold licenses" is the question a license admin asks most.
create index directory_user_disabled on directory_user (tenant_id, display_name, user_id)
    where deleted_at is null and not account_enabled;

create index directory_group_by_display_name_prefix on directory_group (tenant_id, lower(display_name) text_pattern_ops);
create index directory_group_by_mail_nickname on directory_group (tenant_id, lower(mail_nickname) text_pattern_ops);
