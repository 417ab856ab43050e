CREATE TYPE "public"."community_group_kind" AS ENUM('self_help_group', 'children_self_help_group', 'association', 'maternal_school');--> statement-breakpoint
CREATE TYPE "public"."group_activity_status" AS ENUM('active', 'closed');--> statement-breakpoint
CREATE TABLE "project_indicator_translations" (
	"indicator_id" integer NOT NULL,
	"locale" "locale" NOT NULL,
	"label" text NOT NULL,
	"unit" text,
	CONSTRAINT "project_indicator_translations_indicator_id_locale_pk" PRIMARY KEY("indicator_id","locale")
);
--> statement-breakpoint
CREATE TABLE "project_indicators" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "project_indicators_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"project_id" integer NOT NULL,
	"position" integer NOT NULL,
	"value" numeric(14, 2) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_phases" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "project_phases_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"project_id" integer NOT NULL,
	"position" integer NOT NULL,
	"label" text NOT NULL,
	"starts_on" date,
	"ends_on" date,
	CONSTRAINT "project_phases_period_order" CHECK ("project_phases"."ends_on" IS NULL OR "project_phases"."starts_on" IS NULL OR "project_phases"."ends_on" >= "project_phases"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "article_community_groups" (
	"article_id" integer NOT NULL,
	"group_id" integer NOT NULL,
	CONSTRAINT "article_community_groups_article_id_group_id_pk" PRIMARY KEY("article_id","group_id")
);
--> statement-breakpoint
CREATE TABLE "article_projects" (
	"article_id" integer NOT NULL,
	"project_id" integer NOT NULL,
	CONSTRAINT "article_projects_article_id_project_id_pk" PRIMARY KEY("article_id","project_id")
);
--> statement-breakpoint
CREATE TABLE "community_group_events" (
	"group_id" integer NOT NULL,
	"event_id" integer NOT NULL,
	CONSTRAINT "community_group_events_group_id_event_id_pk" PRIMARY KEY("group_id","event_id")
);
--> statement-breakpoint
CREATE TABLE "community_group_grants" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "community_group_grants_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"group_id" integer NOT NULL,
	"amount" numeric(14, 2) NOT NULL,
	"currency" text NOT NULL,
	"funder_organization_id" integer,
	"funder_name" text,
	"year" integer,
	"purpose" text,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "community_group_grants_amount_nonnegative" CHECK ("community_group_grants"."amount" >= 0),
	CONSTRAINT "community_group_grants_currency_code" CHECK ("community_group_grants"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "community_group_grants_year_range" CHECK ("community_group_grants"."year" IS NULL OR "community_group_grants"."year" BETWEEN 1900 AND 2100)
);
--> statement-breakpoint
CREATE TABLE "community_group_members" (
	"association_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	CONSTRAINT "community_group_members_association_id_member_id_pk" PRIMARY KEY("association_id","member_id"),
	CONSTRAINT "community_group_members_not_self" CHECK ("community_group_members"."association_id" <> "community_group_members"."member_id")
);
--> statement-breakpoint
CREATE TABLE "community_group_projects" (
	"group_id" integer NOT NULL,
	"project_id" integer NOT NULL,
	CONSTRAINT "community_group_projects_group_id_project_id_pk" PRIMARY KEY("group_id","project_id")
);
--> statement-breakpoint
CREATE TABLE "community_group_translations" (
	"group_id" integer NOT NULL,
	"locale" "locale" NOT NULL,
	"name" text NOT NULL,
	"activities" text,
	"business" text,
	"description" text,
	CONSTRAINT "community_group_translations_group_id_locale_pk" PRIMARY KEY("group_id","locale")
);
--> statement-breakpoint
CREATE TABLE "community_groups" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "community_groups_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"kind" "community_group_kind" NOT NULL,
	"place_id" integer,
	"latitude" double precision,
	"longitude" double precision,
	"founded_year" integer,
	"member_count" integer,
	"activity_status" "group_activity_status" DEFAULT 'active' NOT NULL,
	"leader_name" text,
	"leader_name_public" boolean DEFAULT false NOT NULL,
	"cover_media_id" integer,
	"created_by_id" integer,
	"status" "content_status" DEFAULT 'draft' NOT NULL,
	"publish_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "community_groups_founded_year_range" CHECK ("community_groups"."founded_year" IS NULL OR "community_groups"."founded_year" BETWEEN 1900 AND 2100),
	CONSTRAINT "community_groups_member_count_nonnegative" CHECK ("community_groups"."member_count" IS NULL OR "community_groups"."member_count" >= 0),
	CONSTRAINT "community_groups_latitude_range" CHECK ("community_groups"."latitude" BETWEEN -90 AND 90),
	CONSTRAINT "community_groups_longitude_range" CHECK ("community_groups"."longitude" BETWEEN -180 AND 180)
);
--> statement-breakpoint
CREATE TABLE "legacy_items" (
	"source" text NOT NULL,
	"legacy_kind" text NOT NULL,
	"legacy_id" integer NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" integer NOT NULL,
	"locale" "locale",
	"content_hash" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "legacy_items_source_legacy_kind_legacy_id_pk" PRIMARY KEY("source","legacy_kind","legacy_id")
);
--> statement-breakpoint
CREATE TABLE "legacy_paths" (
	"path" text PRIMARY KEY NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" integer NOT NULL,
	"locale" "locale"
);
--> statement-breakpoint
ALTER TABLE "project_translations" ADD COLUMN "goal" text;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "budget_amount" numeric(14, 2);--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "budget_currency" text;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "byline_name" text;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "byline_place_id" integer;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "byline_role" text;--> statement-breakpoint
ALTER TABLE "project_indicator_translations" ADD CONSTRAINT "project_indicator_translations_indicator_id_project_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."project_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_indicators" ADD CONSTRAINT "project_indicators_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_phases" ADD CONSTRAINT "project_phases_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_community_groups" ADD CONSTRAINT "article_community_groups_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_community_groups" ADD CONSTRAINT "article_community_groups_group_id_community_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."community_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_projects" ADD CONSTRAINT "article_projects_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_projects" ADD CONSTRAINT "article_projects_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_group_events" ADD CONSTRAINT "community_group_events_group_id_community_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."community_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_group_events" ADD CONSTRAINT "community_group_events_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_group_grants" ADD CONSTRAINT "community_group_grants_group_id_community_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."community_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_group_grants" ADD CONSTRAINT "community_group_grants_funder_organization_id_organizations_id_fk" FOREIGN KEY ("funder_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_group_members" ADD CONSTRAINT "community_group_members_association_id_community_groups_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."community_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_group_members" ADD CONSTRAINT "community_group_members_member_id_community_groups_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."community_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_group_projects" ADD CONSTRAINT "community_group_projects_group_id_community_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."community_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_group_projects" ADD CONSTRAINT "community_group_projects_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_group_translations" ADD CONSTRAINT "community_group_translations_group_id_community_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."community_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_groups" ADD CONSTRAINT "community_groups_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_groups" ADD CONSTRAINT "community_groups_cover_media_id_media_id_fk" FOREIGN KEY ("cover_media_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_groups" ADD CONSTRAINT "community_groups_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "project_indicators_position_key" ON "project_indicators" USING btree ("project_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "project_phases_position_key" ON "project_phases" USING btree ("project_id","position");--> statement-breakpoint
CREATE INDEX "article_community_groups_group_idx" ON "article_community_groups" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "article_projects_project_idx" ON "article_projects" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "community_group_events_event_idx" ON "community_group_events" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "community_group_grants_group_idx" ON "community_group_grants" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "community_group_members_member_idx" ON "community_group_members" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "community_group_projects_project_idx" ON "community_group_projects" USING btree ("project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "community_groups_slug_key" ON "community_groups" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "community_groups_kind_idx" ON "community_groups" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "community_groups_place_idx" ON "community_groups" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "legacy_items_entity_idx" ON "legacy_items" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "legacy_paths_entity_idx" ON "legacy_paths" USING btree ("entity_type","entity_id");--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_byline_place_id_places_id_fk" FOREIGN KEY ("byline_place_id") REFERENCES "public"."places"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_budget_currency" CHECK (("projects"."budget_amount" IS NULL OR "projects"."budget_amount" >= 0) AND ("projects"."budget_amount" IS NULL) = ("projects"."budget_currency" IS NULL) AND ("projects"."budget_currency" IS NULL OR "projects"."budget_currency" ~ '^[A-Z]{3}$'));