// Every bound in one place (TigerBeetle's "a limit on everything"). Units are in the names.

import { dayMs, hourMs, minuteMs, secondMs } from './time.js';

/** Segment's HTTP Tracking API limits. */
export const eventBytesMax = 32 * 1024;
export const batchBytesMax = 500 * 1024;
export const batchEventsMax = 2_500;
/** Browser origins a workspace's publishable key may send events from: a shop's sites, not a list. */
export const allowedOriginsMax = 20;
/**
 * Browsers keep a CORS preflight's answer this long (ingestion, push subscriptions): two hours,
 * the most Chromium keeps one.
 */
export const corsPreflightMaxAgeSeconds = 7_200;

/** Request bodies other than imports. */
export const requestBodyBytesMax = 1024 * 1024;
/**
 * CSV uploads through `POST /v1/imports`: 1 GiB, about ten million order lines. The import streams,
 * so the bound is on how long one request may run and the disk it fills, not on memory; the
 * operator's `retain import` of a local file has none.
 */
export const importBodyBytesMax = 1024 * 1024 * 1024;
/**
 * One CSV record (a line, or a quoted cell's lines) at most: what the parser buffers before it can
 * judge a row. Past it the import stops (csv-parse loses its place after skipping such a record).
 * A row that parses but makes an event over `eventBytesMax` fails alone, like an event would.
 */
export const importRecordBytesMax = 1024 * 1024;
export const importBatchRowsMax = 1_000;
export const importErrorsReportedMax = 1_000;

export const pageSizeDefault = 20;
export const pageSizeMax = 100;

/** Consumers read the log in pages of this many events per transaction. */
export const consumerBatchEventsMax = 1_000;
/**
 * Catching up on a backlog (an import, the demo) with nothing else waiting, pages are larger: each
 * page costs every consumer a few statements whatever its size.
 */
export const catchUpPageEvents = 4_000;
export const consumerIdlePollMs = 250;
/**
 * A running consumer shrinks its pages while a step takes longer than this, and lets them grow
 * (up to `catchUpPageEvents`) while steps stay well under it.
 */
export const consumerStepTargetMs = 400;
export const consumerFirstPageEvents = 20;

export const idempotencyKeyLengthMax = 255;
export const idempotencyKeyRetentionHours = 24;
/** A key still `processing` this long belongs to a request whose process died: a retry takes it over. */
export const idempotencyKeyAbandonedAfterMs = 60_000;
/** Authenticated API keys cached per process; a revocation reaches other processes within the TTL. */
export const apiKeyCacheTtlMs = 30_000;
/** Distinct keys in that cache (past it the cache starts over). */
export const apiKeyCacheEntriesMax = 10_000;
/** How often the maintenance sweep deletes rows that only age (keys, sessions, invitations). */
export const maintenanceSweepIntervalMs = 10 * minuteMs;
/** Rows one of its DELETEs takes, so a backlog goes in short transactions. */
export const maintenanceDeleteRowsMax = 5_000;
/** DELETEs per table per pass; a backlog beyond them waits for the next pass. */
export const maintenanceDeletesPerPassMax = 100;

export const searchQueryLengthMax = 200;
export const traitsBytesMax = 16 * 1024;
export const nameLengthMax = 200;

export const statementTimeoutMs = 30_000;
export const shutdownGraceMs = 10_000;

/** Dashboard accounts: a session lasts this long after sign-in; an invitation link this long. */
export const sessionLifetimeDays = 14;
export const invitationLifetimeDays = 7;
/** A reset link the owner hands over by hand: long enough to reach them, short enough to go stale. */
export const passwordResetLifetimeHours = 24;
export const passwordLengthMin = 10;
/** argon2 hashes any length, but a bound keeps a megabyte "password" from costing CPU. */
export const passwordLengthMax = 256;
export const emailLengthMax = 254;

/** Segment ingestion: the longest messageId, userId, anonymousId, groupId or previousId we keep. */
export const messageIdLengthMax = 255;
export const identityLengthMax = 255;
/**
 * The longest path parameter routes accept, as sent: a userId of `identityLengthMax` characters,
 * percent-encoded (three bytes of UTF-8, nine characters, for each of Thai or Japanese text).
 * Fastify's default of 100 refused userIds that ingestion had accepted.
 */
export const pathParamLengthMax = identityLengthMax * 9;
/**
 * Ingestion's write buffer (group commit): concurrent requests' events merge into one INSERT of
 * at most this many rows; at most this many rows wait in memory (requests beyond wait for room).
 */
export const ingestFlushRowsMax = 2_000;
export const ingestPendingRowsMax = 20_000;
/** Flushes running at once, each on its own connection: PostgreSQL commits them in parallel. */
export const ingestFlushesInFlightMax = 4;
/**
 * Sign-in and account-creation attempts per client IP per minute (argon2 is costly on purpose),
 * counted in PostgreSQL with the other rate limits, so a second process gives no second ten.
 */
export const signInAttemptsPerMinuteMax = 10;

/**
 * HTTP connections. A client has this long to send its request line and headers: real clients
 * send them in one packet, so even a slow mobile link needs a second; a connection trickling
 * headers (slowloris) is dropped 6× sooner than at Node's 60 s. Node checks every
 * `connectionsCheckIntervalMs` (its default of 30 s would let one linger for 40).
 */
export const requestHeadersMs = 10_000;
export const connectionsCheckIntervalMs = 1_000;
/**
 * While a request is being received, this long without a byte drops it (a body that stops coming).
 * Longer than `statementTimeoutMs`: an import reads its body only as fast as it writes, and a
 * batch the database takes its longest over must not look like a stalled client. Once the request
 * is in, the handler may run as long as it needs (an import with `wait=true`); the bound comes back
 * while the answer is sent, for a client that stops reading it.
 */
export const requestIdleMs = 60_000;
/**
 * The whole request, body included, must arrive within this: an import streams up to
 * `importBodyBytesMax` at the pace it writes rows, so 1 GiB needs ~0.3 MB/s. JSON bodies
 * (at most 1 MB) arrive in seconds; one trickled a byte a minute still ends here.
 */
export const requestReceiveMs = 60 * minuteMs;
/**
 * Idle keep-alive connections close after this: longer than the 60 s of AWS's load balancers
 * and nginx's upstream keepalive, so the proxy, not retain, closes an idle connection and never
 * sends a request on one retain is closing (a 502). Requests per socket stay unbounded: a
 * proxy balances its own connections, and Segment's clients would only reconnect.
 */
export const keepAliveMs = 72_000;
/**
 * Open connections per process; past it new ones are closed at once. A shop's traffic arrives
 * through a proxy's few keep-alive connections or from batching Segment clients, and beyond a few
 * hundred requests at a time work only queues for the `poolConnectionsDefault` database
 * connections; 512 also stays clear of the common 1,024 open-files limit.
 */
export const connectionsMax = 512;

/**
 * Requests per API key (or per client address without one) in one window, shared by all retain
 * processes through PostgreSQL. Ingestion: 2,000 requests/s, each a batch of up to
 * `batchEventsMax` events, is far past what one shop sends (the write buffer commits
 * `ingestFlushRowsMax` rows at a time) but stops a runaway client's loop. The rest of the API:
 * 100 requests/s per key is more than a dashboard or a sync job needs, and a loop that exceeds
 * it would otherwise hold the database connections every other caller shares.
 * The check is one upsert on an unlogged table (`npm run bench -- rate-limit`, two cores): about
 * 90 µs per request on the embedded engine and 70 µs on PostgreSQL 15 at 127.0.0.1, one round
 * trip; one key's row takes ~20,000 checks/s from 8 clients, ten times the ingestion budget.
 */
export const ingestionRequestsPerWindowMax = 2_000;
export const apiRequestsPerWindowMax = 100;
/**
 * Requests per publishable key and client address in one window. The key is in every visitor's
 * browser, so each address has a budget of its own and one visitor's loop cannot spend everyone's.
 * A page view sends a handful of events; 100/s leaves room for the hundreds of shoppers one mobile
 * carrier's NAT may put behind a single address, while one runaway tab gets 429s alone.
 */
export const publishableRequestsPerAddressPerWindowMax = 100;
export const rateLimitWindowMs = 1_000;
/** Counters idle this long are pruned by the maintenance sweep (their window is long over). */
export const rateLimitRetentionMs = minuteMs;

/** Coupons: codes made by one request, and tries to draw a free code before giving up. */
export const couponCodesPerRequestMax = 1_000;
export const couponCodeDrawAttemptsMax = 5;
/** A coupon's codes CSV export reads the codes this many rows at a time while it streams. */
export const couponCodesExportPageRows = 1_000;
/** Challenges: events counted toward one, and the longest window a shop may set. */
export const challengeEventsRequiredMax = 1_000;
export const challengeWindowDaysMax = 3_660;
/** Live challenges per workspace: every tracked event is checked against them. */
export const challengesLiveMax = 100;
/** Property conditions on one challenge. */
export const challengeConditionsMax = 20;
/**
 * Live (unarchived) earn rules per workspace. Every tracked event is matched against the active
 * ones and each rule it fires evaluates up to `earnRuleConditionsMax` conditions, so this bounds
 * an event's work at 1,000 condition checks; real programs run a handful of rules, a dozen at most.
 */
export const earnRulesLiveMax = 50;
/**
 * Tiers per workspace. Every earning re-ranks the customer among them and the consumer reads them
 * per page, and the tier list answers them all on one page; real programs have three to five.
 */
export const tiersLiveMax = 20;
/**
 * Live rewards per workspace: a catalog a customer can still scan when choosing one (shops offer
 * five to thirty), and a bound on what the storefront and the dashboard list.
 */
export const rewardsLiveMax = 200;
/** Conditions on one earn rule: each is evaluated for every event the rule's trigger matches. */
export const earnRuleConditionsMax = 20;
/** The liability report's period when the request gives no `from`: the year before `to`. */
export const liabilityPeriodDaysDefault = 365;

/** Analytics: customers streamed per chunk from the per-customer aggregate, and rows per score write. */
export const analyticsReadChunkRows = 50_000;
export const analyticsWriteChunkRows = 10_000;
/**
 * A recompute reads the kept inputs (one row per customer) unless more than this share of the
 * customers' rows (and more than the minimum) are behind their orders: those are aggregated from
 * their orders one by one, and past this share one scan of every order is the cheaper read.
 */
export const analyticsKeptRescanShareMax = 0.1;
export const analyticsKeptRescanMin = 10_000;
/** A CLV fit over at most this many customers runs inside the request; larger ones become a job. */
export const clvInlineFitCustomersMax = 50_000;
/** Cohort tables show at most this many first-order periods. */
export const cohortPeriodsMax = 104;
/** Lifecycle counts over time: at most this many periods. */
export const lifecyclePeriodsMax = 104;
/** Points on one Pareto curve, and bins in one CLV histogram: a chart's worth, whatever the shop's size. */
export const paretoPointsMax = 100;
export const clvBinsMax = 50;
/** Longest summary period, so one request cannot ask for centuries of comparisons. */
export const analyticsPeriodDaysMax = 3_660;
/** How often the analytics worker looks for queued model fits and due nightly recomputes. */
export const analyticsWorkerPollMs = 5_000;
/** A model fit still `running` after this long was left by a process that died: it is requeued. */
export const modelFitStaleMinutes = 30;
/** Connections that aggregate customers side by side in a PostgreSQL recompute (one core each). */
export const analyticsReaders = 2;
/**
 * Chunks of scores a PostgreSQL recompute writes side by side: one more than the cores, so the
 * database keeps both busy while Node.js scores and formats the next chunk (measured: write phase
 * 11.7 s against 12.9 s with two, five alternating pairs at a million customers).
 */
export const analyticsWriters = 3;
/** How long a process holds a workspace's nightly recompute before another may take it over. */
export const recomputeClaimMinutes = 60;
/** Events in one customer export or erasure pass, read in pages of `customerEventsPageRows`. */
export const customerExportEventsMax = 100_000;
export const customerEventsPageRows = 1_000;
/** Points entries read per page for a customer's export (at most `customerExportEventsMax` in all). */
export const loyaltyExportPageEntries = 1_000;
/** Merge chains are flattened when merging; a walk over a damaged one stops after this many hops. */
export const customerMergeHopsMax = 16;
/**
 * Erasure redacts a customer's names and ids inside their strings when at least this long:
 * shorter names or ids would redact unrelated words ("Mai" in "domain").
 */
export const redactedIdentifierLengthMin = 4;
/**
 * Time zone and locale answers remembered per process (each check costs up to ~68 µs); the values
 * come from clients, so past this many distinct ones the memory starts over.
 */
export const intlAnswersRememberedMax = 1_000;
/** Zoned midnights an import remembers (files repeat dates); past this many it starts over. */
export const importMidnightsCachedMax = 20_000;
/** Without a terminal, `retain import` prints one progress line this often. */
export const importProgressLineIntervalMs = 5_000;
/**
 * Events per INSERT into the log: multi-row inserts write ~115,000–135,000 rows/s against ~3,000
 * one by one (PARTS.md), and one JSON parameter per statement keeps clear of parameter limits.
 */
export const eventLogInsertRowsMax = 1_000;

/** Loyalty: ledger problems one `checkLedger` reports per invariant (the first ones suffice). */
export const ledgerCheckProblemsMax = 100;
/** Loyalty's scheduled work: how often the sweep runs, and rows each step takes per pass. */
export const loyaltySweepIntervalMs = 60_000;
export const loyaltySweepRowsMax = 500;
/** Loyalty backtests read at most this many past events of the trigger. */
export const earnRuleSimulationEventsMax = 100_000;
export const earnRuleSimulationDaysDefault = 90;
/** The customer list's CSV export reads the list this many rows at a time while it streams. */
export const customerExportPageRows = 1_000;
/** `retain demo --customers`: the simulated shop is held in memory while it is written. */
export const demoCustomersMax = 200_000;
/** Members who redeem a reward at the end of the demo, at most. */
export const demoRedeemersMax = 300;
/** Events per demo append transaction: big enough for multi-row inserts to pay off (PARTS.md). */
export const demoAppendBatchEvents = 2_000;
/** Loyalty sweeps the demo runs at most while catching up; each posts or expires a bounded batch. */
export const demoSettleSweepsMax = 10_000;

/** `retain doctor` counts a consumer's backlog up to this many events ("more than …" beyond). */
export const doctorBacklogCountMax = 1_000_000;

/** drainConsumers retries a step that hit a deadlock or lost connection this many times. */
export const drainTransientRetriesMax = 10;

/** How long a retain process waits for another to initialise, start or stop the embedded PostgreSQL. */
export const embeddedStartWaitMs = 120_000;
/** pg_ctl's own wait for the embedded server to accept connections or to stop. */
export const embeddedServerCommandSeconds = 60;
/** Connections per process when the configuration names no pool size. */
export const poolConnectionsDefault = 16;
/**
 * PGlite pages one COPY of `retain migrate --from-pglite` takes: PGlite gathers a COPY's whole
 * output in memory, so a table goes across in slices of 32 MB rather than as one blob.
 */
export const pgliteImportSlicePages = 4_096;

/**
 * JSON bodies nest at most this many levels (the body itself is level 1). Shops' real payloads
 * (Segment's e-commerce spec, Shopify orders) stay under ten; JSON.stringify overflowed the stack
 * near 4,500 levels, a 500 for the whole request.
 */
export const jsonDepthMax = 32;

/**
 * Instants and dates clients send (event timestamps, report periods, CSV dates, expiry dates) lie
 * in these years. PostgreSQL refused year 0 and the analytics' date arithmetic passed year 9999,
 * both as 500s; a two-digit year such as `0024` was read as 1924 by date parsers that guess.
 */
export const supportedYearMin = 1900;
export const supportedYearMax = 2999;

/** The longest pause between attempts to reconnect a LISTEN connection that was lost. */
export const notificationReconnectMsMax = 10_000;

/**
 * Money, in integer minor units. One amount (an order total or refund, a store-credit grant or
 * debit, a reward's or coupon's value, a minimum order, a cashback) is at most 10^13: 10 trillion ₫,
 * about 400 million USD, 1,000× a large B2B order of a VND shop; even where a dollar is a million
 * minor units (Iranian rial, Uzbek som in tiyin) it is millions of USD, beyond any single order.
 * Stripe stops at 8 digits, too few for VND. A customer's store-credit balance is at most 10^14
 * (ten amounts at the bound), so one account's entries always sum exactly in JavaScript (10^14 <
 * 2^53 ≈ 9.007·10^15) and its int8 column never overflows. Unbounded, 1,024 grants of 2^53−1
 * overflowed int8 (a 500), and balances past 2^53 stopped matching their entries.
 */
export const moneyAmountMinorMax = 10 ** 13;
export const storeCreditBalanceMinorMax = 10 ** 14;
/**
 * Points of one operation (an adjustment; rewards, rules and challenges have smaller bounds of
 * their own) are at most 10^12: exact as JavaScript numbers, and even 1 point per ₫ on a
 * 10-billion-₫ order fits. Programs give points by the tens or thousands per order.
 */
export const pointsAmountMax = 10 ** 12;
/**
 * A customer's points, posted and pending together, are at most 10^13: ten operations at
 * `pointsAmountMax`, as a store-credit balance holds ten amounts. A balance and its entries then
 * sum exactly in JavaScript (10^13 is a thousandth of 2^53) and the liability report's sums of
 * every customer stay exact far beyond any shop's size. Pending points count because they post
 * without asking. Unbounded, a runaway earn rule or a typo repeated would grow one balance until
 * it stopped matching its entries. Merges move balances as they are (each side was within the
 * bound; it takes some nine hundred full accounts merged into one to pass 2^53).
 */
export const pointsBalanceMax = 10 ** 13;

/**
 * A segment definition: at most 8 levels of groups and 50 conditions in all. The ready-made ones use
 * 3 and 6; Klaviyo's builder stops at 2 levels. Each condition is a predicate in one statement that
 * evaluates a page of customers, so the bound keeps that statement plannable and fast.
 */
export const segmentDepthMax = 8;
export const segmentConditionsMax = 50;
/** `in` lists of a condition, and the `where` property conditions of one event condition. */
export const segmentListValuesMax = 500;
export const segmentEventWhereMax = 10;
/** Windows ("within the last N days", "more than N days ago") up to ten years. */
export const segmentWindowDaysMax = 3_660;
/** Segments per workspace that are evaluated live (each one costs every touched customer a predicate). */
export const segmentsLiveMax = 200;
/**
 * A full rebuild evaluates this many customers in one statement (their facts grouped in hash
 * tables), then writes the ones whose answer changed in transactions of at most
 * segmentRebuildLockedCustomers: each is locked to its transaction's end, and PostgreSQL's lock
 * table holds some 6,400 locks in all (64 per connection by default). A deleted segment's members
 * leave in pages of segmentRebuildPageCustomers.
 */
export const segmentRebuildRangeCustomers = 100_000;
export const segmentRebuildLockedCustomers = 2_000;
export const segmentRebuildPageCustomers = 1_000;
/** The members a preview shows, and a members page at most. */
export const segmentPreviewSampleSize = 10;
/** How often the segments worker looks for due timers, rebuilds and refreshed scores when idle. */
export const segmentsWorkerIdleMs = 250;
/** Due timers one worker step re-evaluates, in one transaction; a backlog goes in several steps. */
export const segmentTimersPerStep = 500;
/** A segment's members CSV export reads the members this many rows at a time while it streams. */
export const segmentMembersExportPageRows = 1_000;

/** Messages: a suppression CSV is read whole, then applied in one transaction: 100,000 rows fit well within. */
export const suppressionImportBytesMax = 16 * 1024 * 1024;
/** Rows of a suppression CSV applied in one transaction; a larger list is split by the shop. */
export const suppressionImportRowsMax = 100_000;
/** Rows written per statement inside the import's transaction. */
export const suppressionInsertRowsMax = 1_000;
/** The GET that confirms an Amazon SNS subscription to the inbound webhook gives up after this. */
export const snsConfirmTimeoutMs = 10_000;
/** Quiet-hours windows that cover every hour never open; past this the answer is "never". */
export const quietHoursSearchMs = 8 * dayMs;
/**
 * How far ahead pacing looks for a free moment (frequency caps, quiet hours): a message deferred
 * beyond it expires.
 */
export const messagePacingHorizonDays = 400;
/** Time zone names resolved to their canonical zone and remembered per process; past this many, no more are kept. */
export const canonicalZonesRememberedMax = 10_000;
/** A provider that has not answered by then may still be working on the request. */
export const providerTimeoutMsDefault = 10_000;
/** Webhook channels: the spec recommends giving the receiver 15 to 30 seconds to answer. */
export const webhookTimeoutMsDefault = 15_000;
/** A provider's answer is read up to this many bytes: enough for any provider's JSON, not a shop's whole page. */
export const providerAnswerBytesMax = 64 * 1024;
/** A provider's message quoted in a reason is cut here. */
export const providerQuotedCharsMax = 300;
/**
 * Open SMTP connections per email channel unless the settings say otherwise (nodemailer's own
 * default), and the most the settings may ask for.
 */
export const emailConnectionsDefault = 5;
export const emailConnectionsMax = 50;
/**
 * How long the push service keeps a notification for a browser that is offline: a day. Lifecycle
 * pushes are about now; one that arrives after a week's holiday is noise.
 */
export const pushTtlSeconds = 24 * 60 * 60;
/** Push services' endpoints are capability URLs of a few hundred characters; this leaves room. */
export const pushEndpointLengthMax = 2_048;
/** Subscriptions one customer keeps: a browser per device, with room for stale ones until a 410. */
export const pushSubscriptionsPerCustomerMax = 50;
/** Template versions parsed and kept per process (a version never changes once saved). */
export const templateVersionsParsedMax = 2_000;
/**
 * DoS bounds for templates a shop writes: a `{% for %}` over a huge range must not hold the
 * dispatcher. A message renders in well under a millisecond; a thousandfold is an abuse.
 */
export const templateRenderMsMax = 1_000;
export const templateParseCharsMax = 1_000_000;
/** Messaging stats: a year and a day (a leap year's whole year, or a year to the same date the next). */
export const messageStatsRangeDaysMax = 366;
/**
 * The dispatcher records providers' answers as they come, in groups of at most this many or this
 * often: a crash leaves at most one group's messages outcome_unknown.
 */
export const dispatchRecordEveryMs = 200;
export const dispatchRecordGroupMax = 100;
/**
 * Dispatch loops per process, each claiming its own batch (a provider that hangs holds one batch
 * until its timeout), and how often an idle loop looks for due messages without a notification.
 */
export const dispatchLoopsPerProcess = 4;
export const dispatchIdlePollMs = secondMs;
/** A message blocked only by a higher-priority one another dispatcher holds is looked at again after this. */
export const messageReservationRecheckMs = 30 * secondMs;
/** Retries back off exponentially from the base to the cap; a message fails after this many attempts. */
export const messageRetryDelayBaseMs = 30 * secondMs;
export const messageRetryDelayMaxMs = 60 * minuteMs;
export const messageSendAttemptsMax = 8;
/** A broadcast's send_at this far behind the request's clock still counts as "now" (a client's clock, the network). */
export const broadcastSendAtGraceMs = minuteMs;
/**
 * The offsets clocks keep, from UTC−12 to UTC+14 (Pacific/Kiritimati): the first customer to reach a
 * local time reaches it 14 hours before UTC does, the last 12 hours after.
 */
export const utcOffsetAheadMaxMs = 14 * hourMs;
export const utcOffsetBehindMaxMs = 12 * hourMs;
/** How often the broadcast scheduler looks for broadcasts due to start. */
export const broadcastPollMs = 5 * secondMs;

/** A journey: at most 100 nodes, 10 exit criteria, 10 paths in a split; holdouts up to half. */
export const journeyNodesMax = 100;
export const journeyExitsMax = 10;
export const journeySplitPathsMax = 10;
export const journeyHoldoutPercentMax = 50;
/** A workspace's journeys that are live or paused at once. */
export const journeysActiveMax = 100;
/** A run walks at most this many nodes in one step before it must wait (validation forbids instant cycles). */
export const journeyStepNodesMax = 100;
/** Due runs the worker claims per transaction, and how often it looks when there were none. */
export const journeyTimersPerStep = 1_000;
export const journeysWorkerIdleMs = 200;
export const journeysWorkerLoops = 2;
/** A delay or wait lasts at most ten years; a goal window at most a year. */
export const journeyDurationDaysMax = 3_660;
export const journeyGoalDaysMax = 366;
/** A journey's simulation replays at most this many days of the log. */
export const journeySimulationDaysMax = 90;
export const journeySimulationDaysDefault = 30;
/**
 * A simulation reads at most this many events of the names the journey listens to (oldest first)
 * and follows at most this many customers: past either it answers what it replayed and says it
 * stopped early, so one request stays within seconds and a few hundred MB.
 */
export const journeySimulationEventsMax = 100_000;
export const journeySimulationCustomersMax = 50_000;
