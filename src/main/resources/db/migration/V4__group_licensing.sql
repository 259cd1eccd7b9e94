-- Group-based licensing: a group carries products (with plans turned off); every member holds them through
-- the group, each member all or nothing. Members who cannot get them carry the reason as an error state on
-- their license_assignment rows (source_group_id = the group) and wait; those waiting for a seat are served
-- automatically, oldest first, when seats free up or are bought.

alter table directory_group
    add column license_processing_state text not null default 'ProcessingComplete'
        check (license_processing_state in ('QueuedForProcessing', 'ProcessingInProgress', 'ProcessingComplete')),
    add column license_processed_at timestamptz;

create table group_license (
    tenant_id      uuid        not null,
    group_id       uuid        not null,
    sku_id         uuid        not null,
    disabled_plans uuid[]      not null default '{}',
    assigned_at    timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    primary key (tenant_id, group_id, sku_id),
    foreign key (tenant_id, group_id) references directory_group,
    foreign key (tenant_id, sku_id) references tenant_sku
);

-- The rows a group gives its members, found without scanning other sources.
create index license_assignment_by_group on license_assignment (tenant_id, source_group_id, user_id)
    where source_group_id <> '00000000-0000-0000-0000-000000000000';

-- Members waiting for a seat, oldest first.
create index license_assignment_waiting on license_assignment (tenant_id, sku_id, assigned_at)
    where error = 'CountViolation';

-- When did a member join (the order in which new members are served).
create index group_member_by_group on group_member (tenant_id, group_id, added_at, user_id);
