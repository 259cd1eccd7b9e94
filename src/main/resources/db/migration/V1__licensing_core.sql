-- Allot licensing core.
-- Every primary key starts with tenant_id so the schema can later be distributed by tenant.
-- The default (Microsoft) catalog belongs to the catalog tenant 00000000-0000-0000-0000-000000000000.

create table tenant (
    tenant_id              uuid        not null,
    display_name           text        not null check (length(display_name) between 1 and 256),
    default_usage_location char(2)     check (default_usage_location ~ '^[A-Z]{2}$'),
    is_partner             boolean     not null default false,
    -- bumped whenever the tenant's products, plans or rules change: keys the in-memory catalog snapshot
    config_version         bigint      not null default 1,
    created_at             timestamptz not null default now(),
    primary key (tenant_id)
);

-- A customer (tenant_id) that has granted a partner delegated administration. Partner features come later.
create table partner_relation (
    tenant_id         uuid        not null references tenant,
    partner_tenant_id uuid        not null references tenant,
    granted_at        timestamptz not null default now(),
    primary key (tenant_id, partner_tenant_id),
    check (tenant_id <> partner_tenant_id)
);

create table directory_user (
    tenant_id           uuid        not null references tenant,
    user_id             uuid        not null,
    user_principal_name text        not null,
    display_name        text        not null,
    given_name          text,
    surname             text,
    mail                text,
    job_title           text,
    department          text,
    company_name        text,
    mail_nickname       text,
    mobile_phone        text,
    office_location     text,
    preferred_language  text,
    business_phones     text[]      not null default '{}',
    usage_location      char(2)     check (usage_location ~ '^[A-Z]{2}$'),
    account_enabled     boolean     not null default true,
    created_at          timestamptz not null default now(),
    deleted_at          timestamptz,
    primary key (tenant_id, user_id)
);
-- userPrincipalName is unique per tenant, case-insensitively, among users that are not deleted
create unique index directory_user_upn on directory_user (tenant_id, lower(user_principal_name)) where deleted_at is null;
create index directory_user_by_display_name on directory_user (tenant_id, display_name, user_id) where deleted_at is null;
create index directory_user_by_mail on directory_user (tenant_id, lower(mail)) where deleted_at is null;

create table directory_group (
    tenant_id        uuid        not null references tenant,
    group_id         uuid        not null,
    display_name     text        not null,
    description      text,
    mail_nickname    text        not null,
    mail_enabled     boolean     not null default false,
    security_enabled boolean     not null default true,
    created_at       timestamptz not null default now(),
    primary key (tenant_id, group_id)
);
create index directory_group_by_display_name on directory_group (tenant_id, display_name, group_id);

create table group_member (
    tenant_id uuid        not null,
    group_id  uuid        not null,
    user_id   uuid        not null,
    added_at  timestamptz not null default now(),
    primary key (tenant_id, group_id, user_id),
    foreign key (tenant_id, group_id) references directory_group on delete cascade,
    foreign key (tenant_id, user_id) references directory_user
);
create index group_member_by_user on group_member (tenant_id, user_id);

-- Catalog: products and their service plans. Owned by the catalog tenant (default catalog) or by a tenant
-- (its custom products).
create table catalog_product (
    tenant_id       uuid        not null,
    sku_id          uuid        not null,
    sku_part_number text        not null,
    display_name    text        not null,
    applies_to      text        not null check (applies_to in ('User', 'Company')),
    origin          text        not null check (origin in ('Catalog', 'Custom')),
    updated_at      timestamptz not null default now(),
    primary key (tenant_id, sku_id)
);
create index catalog_product_by_part_number on catalog_product (tenant_id, upper(sku_part_number));

create table catalog_service_plan (
    tenant_id         uuid not null,
    service_plan_id   uuid not null,
    service_plan_name text not null,
    friendly_name     text not null,
    applies_to        text not null check (applies_to in ('User', 'Company')),
    primary key (tenant_id, service_plan_id)
);

create table catalog_product_plan (
    tenant_id       uuid not null,
    sku_id          uuid not null,
    service_plan_id uuid not null,
    primary key (tenant_id, sku_id, service_plan_id),
    foreign key (tenant_id, sku_id) references catalog_product on delete cascade,
    foreign key (tenant_id, service_plan_id) references catalog_service_plan
);

-- Rules between service plans and usage locations. Each tenant holds its own editable copy, seeded from the
-- defaults when the tenant is created.
--   Requires:         plan_id needs at least one of other_plan_ids enabled for the same user
--   MutuallyExclusive: plan_id and any of other_plan_ids cannot both be enabled for the same user
--   AvailableOnlyIn:  plan_id (or every plan of sku_id) may be assigned only in the listed countries
--   UnavailableIn:    plan_id (or every plan of sku_id) may not be assigned in the listed countries
create table licensing_rule (
    tenant_id      uuid        not null references tenant,
    rule_id        uuid        not null,
    kind           text        not null check (kind in ('Requires', 'MutuallyExclusive', 'AvailableOnlyIn', 'UnavailableIn')),
    plan_id        uuid,
    sku_id         uuid,
    other_plan_ids uuid[]      not null default '{}',
    countries      text[]      not null default '{}',
    description    text,
    created_at     timestamptz not null default now(),
    primary key (tenant_id, rule_id),
    check (num_nonnulls(plan_id, sku_id) = 1),
    check (kind not in ('Requires', 'MutuallyExclusive') or (plan_id is not null and cardinality(other_plan_ids) > 0)),
    check (kind not in ('AvailableOnlyIn', 'UnavailableIn') or cardinality(countries) > 0)
);

-- A product a tenant is subscribed to, with a snapshot of its plans and its seat counters.
-- prepaid units are derived from the tenant's subscriptions (kept here by the billing service in the same
-- transaction); consumed_units is maintained by triggers on user_license, never by application code.
create table tenant_sku (
    tenant_id        uuid        not null references tenant,
    sku_id           uuid        not null,
    sku_part_number  text        not null,
    display_name     text        not null,
    applies_to       text        not null check (applies_to in ('User', 'Company')),
    enabled_units    integer     not null default 0 check (enabled_units >= 0),
    warning_units    integer     not null default 0 check (warning_units >= 0),
    suspended_units  integer     not null default 0 check (suspended_units >= 0),
    locked_out_units integer     not null default 0 check (locked_out_units >= 0),
    consumed_units   integer     not null default 0,
    created_at       timestamptz not null default now(),
    primary key (tenant_id, sku_id),
    constraint seats_are_never_over_allocated check (
        consumed_units >= 0
        and consumed_units <= enabled_units + warning_units + suspended_units + locked_out_units)
);

create table tenant_sku_plan (
    tenant_id         uuid not null,
    sku_id            uuid not null,
    service_plan_id   uuid not null,
    service_plan_name text not null,
    friendly_name     text not null,
    applies_to        text not null,
    primary key (tenant_id, sku_id, service_plan_id),
    foreign key (tenant_id, sku_id) references tenant_sku on delete cascade
);

create table subscription (
    tenant_id       uuid        not null,
    subscription_id uuid        not null,
    sku_id          uuid        not null,
    quantity        integer     not null check (quantity >= 0 and quantity <= 10000000),
    status          text        not null check (status in ('Enabled', 'Warning', 'Suspended', 'LockedOut', 'Deleted')),
    is_trial        boolean     not null default false,
    start_date      timestamptz not null,
    end_date        timestamptz,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    primary key (tenant_id, subscription_id),
    foreign key (tenant_id, sku_id) references tenant_sku,
    check (end_date is null or end_date > start_date)
);
create index subscription_by_sku on subscription (tenant_id, sku_id);

-- One row per (user, product, source). source_group_id is the zero uuid for a direct assignment.
create table license_assignment (
    tenant_id         uuid        not null,
    user_id           uuid        not null,
    sku_id            uuid        not null,
    source_group_id   uuid        not null,
    disabled_plans    uuid[]      not null default '{}',
    state             text        not null default 'Active' check (state in ('Active', 'ActiveWithError', 'Disabled', 'Error')),
    error             text        check (error in ('CountViolation', 'MutuallyExclusiveViolation', 'DependencyViolation',
                                                   'ProhibitedInUsageLocationViolation', 'UniquenessViolation', 'Other')),
    assigned_at       timestamptz not null default now(),
    last_updated_at   timestamptz not null default now(),
    primary key (tenant_id, user_id, sku_id, source_group_id),
    foreign key (tenant_id, user_id) references directory_user,
    foreign key (tenant_id, sku_id) references tenant_sku,
    check ((state = 'Error') = (error is not null) or state = 'ActiveWithError')
);
create index license_assignment_by_sku on license_assignment (tenant_id, sku_id, user_id);

-- A seat: the user holds the product through at least one active source. consumed_units counts these rows.
create table user_license (
    tenant_id   uuid        not null,
    user_id     uuid        not null,
    sku_id      uuid        not null,
    assigned_at timestamptz not null default now(),
    primary key (tenant_id, user_id, sku_id),
    foreign key (tenant_id, user_id) references directory_user,
    foreign key (tenant_id, sku_id) references tenant_sku
);
create index user_license_by_sku on user_license (tenant_id, sku_id, user_id);

-- Seat accounting in the database itself: whatever inserts seats, however many processes do it at once,
-- the guarded update refuses to go beyond the usable units (Enabled + Warning), and the CHECK constraint on
-- tenant_sku stops anything that slipped past. Statement-level triggers keep bulk inserts to one update per
-- product.
create function user_license_take_seats() returns trigger language plpgsql as $$
declare
    wanted record;
begin
    for wanted in select tenant_id, sku_id, count(*)::int as seats from taken group by tenant_id, sku_id loop
        update tenant_sku
           set consumed_units = consumed_units + wanted.seats
         where tenant_id = wanted.tenant_id
           and sku_id = wanted.sku_id
           and consumed_units + wanted.seats <= enabled_units + warning_units;
        if not found then
            raise exception using
                errcode = 'AL001',
                message = 'CountViolation',
                detail = wanted.sku_id::text;
        end if;
    end loop;
    return null;
end $$;

create function user_license_free_seats() returns trigger language plpgsql as $$
begin
    update tenant_sku t
       set consumed_units = t.consumed_units - f.seats
      from (select tenant_id, sku_id, count(*)::int as seats from freed group by tenant_id, sku_id) f
     where t.tenant_id = f.tenant_id and t.sku_id = f.sku_id;
    return null;
end $$;

create trigger user_license_taken after insert on user_license
    referencing new table as taken for each statement execute function user_license_take_seats();
create trigger user_license_freed after delete on user_license
    referencing old table as freed for each statement execute function user_license_free_seats();
create function user_license_no_update() returns trigger language plpgsql as $$
begin
    raise exception 'user_license rows are inserted or deleted, never updated';
end $$;
create trigger user_license_immutable before update on user_license
    for each row execute function user_license_no_update();

-- Local administrator accounts (sign-in) and API tokens. Roles arrive with the identity issue; for now every
-- account is a Global Administrator of its tenant.
create table admin_account (
    tenant_id     uuid        not null references tenant,
    account_id    uuid        not null,
    sign_in_name  text        not null,
    display_name  text        not null,
    password_hash text        not null,
    role          text        not null default 'GlobalAdministrator',
    created_at    timestamptz not null default now(),
    primary key (tenant_id, account_id)
);
create unique index admin_account_sign_in on admin_account (lower(sign_in_name));

create table api_token (
    tenant_id   uuid        not null references tenant,
    token_id    uuid        not null,
    token_hash  bytea       not null,
    name        text        not null,
    account_id  uuid,
    role        text        not null default 'GlobalAdministrator',
    created_at  timestamptz not null default now(),
    expires_at  timestamptz,
    revoked_at  timestamptz,
    primary key (tenant_id, token_id)
);
create unique index api_token_by_hash on api_token (token_hash);

-- Append-only record of every change.
create table audit_event (
    tenant_id     uuid        not null,
    event_id      bigint      generated always as identity,
    occurred_at   timestamptz not null default now(),
    actor_type    text        not null,
    actor_id      text        not null,
    actor_name    text,
    action        text        not null,
    target_type   text,
    target_id     text,
    result        text        not null check (result in ('success', 'failure', 'partial')),
    detail        jsonb,
    request_id    text,
    primary key (tenant_id, event_id)
);
create index audit_event_by_time on audit_event (tenant_id, occurred_at desc);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit events are append-only';
end $$;
create trigger audit_event_no_update before update on audit_event
    for each row execute function audit_event_append_only();

-- Record of catalog file imports, with the rows that needed a decision.
create table catalog_import (
    tenant_id   uuid        not null,
    import_id   uuid        not null,
    imported_at timestamptz not null default now(),
    source_name text        not null,
    content_sha256 text     not null,
    products    integer     not null,
    plans       integer     not null,
    report      jsonb       not null,
    primary key (tenant_id, import_id)
);
