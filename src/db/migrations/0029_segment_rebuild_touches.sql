CREATE TABLE "segment_rebuild_touches" (
	"segment_id" text NOT NULL,
	"customer_id" text NOT NULL,
	CONSTRAINT "segment_rebuild_touches_segment_id_customer_id_pk" PRIMARY KEY("segment_id","customer_id")
);
