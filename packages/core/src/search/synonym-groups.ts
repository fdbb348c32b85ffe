/**
 * Everyday English and web-API words for the same thing, for search: "restart" ~ `reboot`, "buyer" ~ `customer`,
 * "money back" ~ `refund`, "on duty" ~ `on call`.
 *
 * Each group holds words (or short phrases) people use interchangeably when they ask software for something, across
 * many domains: infrastructure, code hosting, payments, messaging, on-call, commerce, CRM, calendars, files, media,
 * maps, HR, support, auth, analytics, IoT and more. Groups are symmetric and tight (true substitutes, not topics).
 * The generic CRUD verbs (create, get, list, update, delete, cancel...) are absent: `action-family.ts` reads those.
 * Words that are ambiguous in software (`post`, `patch`) are left out, and no word is in more than three groups.
 *
 * Written by hand from general knowledge on 2026-11-30, blind: no evaluation set, benchmark, query log or API spec
 * was read while writing it; it was measured afterwards (`pnpm tune:search`, `pnpm bench:search`).
 */
/** Groups of lower-case words and phrases that mean the same thing in a request. */
export const synonymGroups: ReadonlyArray<readonly string[]> = [
  // ---------------------------------------------------------------- cloud & infrastructure
  ['server', 'machine', 'instance', 'host', 'vm', 'virtual machine'], ['restart', 'reboot', 'power cycle', 'bounce'],
  ['shut down', 'shutdown', 'turn off', 'power off', 'switch off', 'power down'],
  ['turn on', 'power on', 'switch on', 'boot', 'start up', 'power up'], ['suspend', 'pause', 'freeze', 'hold'],
  ['resume', 'unpause', 'continue', 'unfreeze', 'unsuspend'], ['kill', 'terminate', 'force quit'],
  ['enable', 'activate', 'turn on', 'switch on'], ['disable', 'deactivate', 'turn off', 'switch off'],
  ['backup', 'snapshot', 'back up'], ['disk', 'volume', 'drive'], ['storage', 'disk space', 'capacity'],
  ['domain', 'domain name', 'website address'], ['deploy', 'roll out', 'rollout', 'release', 'ship'],
  ['roll back', 'rollback', 'revert', 'undo'], ['resize', 'scale', 'rescale'],
  ['firewall', 'security group', 'firewall rule'], ['cpu', 'processor', 'vcpu'], ['memory', 'ram'],
  ['bandwidth', 'throughput'], ['latency', 'lag', 'response time', 'delay'], ['uptime', 'availability'],
  ['quota', 'allowance', 'limit', 'cap'], ['rate limit', 'throttle', 'throttling'],
  ['environment variable', 'env var', 'config var'], ['settings', 'preferences', 'configuration', 'config', 'options'],
  ['configure', 'set up', 'customize', 'customise'], ['install', 'set up', 'setup'],
  ['cron job', 'scheduled job', 'scheduled task', 'cron'], ['audit log', 'audit trail', 'activity log'],
  ['database', 'db', 'datastore', 'data store'], ['record', 'row', 'entry'],
  ['field', 'attribute', 'column', 'property'], ['sync', 'synchronize', 'synchronise', 'mirror'],
  ['migrate', 'move', 'relocate'], ['attach', 'mount', 'plug in'], ['detach', 'unmount', 'eject'],
  ['refresh', 'reload'], ['clear', 'empty', 'flush', 'purge'], ['retry', 'try again', 'rerun'],

  // ---------------------------------------------------------------- code hosting & CI
  ['repository', 'repo', 'codebase', 'project'], ['fork', 'own copy', 'copy'],
  ['copy', 'duplicate', 'clone', 'replicate'], ['pull request', 'pr', 'merge request', 'mr'],
  ['commit', 'changeset', 'revision'], ['version', 'revision', 'edition'], ['tag', 'label'],
  ['pipeline', 'workflow', 'ci'], ['build', 'pipeline run', 'workflow run', 'ci run'], ['bug', 'defect', 'glitch'],
  ['diff', 'delta', 'compare'], ['webhook', 'hook', 'callback'], ['documentation', 'docs', 'manual', 'guide'],
  ['merge', 'combine', 'consolidate'], ['split', 'divide', 'break up'], ['approve', 'accept', 'sign off', 'greenlight'],
  ['reject', 'decline', 'deny', 'refuse', 'turn down'], ['vulnerability', 'vuln', 'security issue', 'cve', 'weakness'],
  ['plugin', 'extension', 'addon', 'integration'], ['app', 'application', 'program', 'software'],

  // ---------------------------------------------------------------- organisations, teams, permissions
  ['organization', 'organisation', 'org', 'company', 'business', 'firm'], ['team', 'group', 'squad'],
  ['admin', 'administrator', 'superuser'], ['permission', 'privilege', 'access right', 'scope'],
  ['grant', 'authorize', 'authorise', 'permit', 'allow'], ['revoke', 'withdraw', 'rescind', 'take away'],
  ['share', 'give access', 'grant access'], ['transfer', 'hand over', 'hand off', 'reassign'],
  ['assign', 'allocate', 'delegate'], ['promote', 'elevate'], ['allowlist', 'whitelist', 'safelist'],
  ['ban', 'block', 'blacklist', 'blocklist'], ['unlock', 'unblock', 'unban'],

  // ---------------------------------------------------------------- auth & identity
  ['login', 'log in', 'sign in', 'signin', 'logon', 'log on'], ['logout', 'log out', 'sign out', 'signout', 'log off'],
  ['sign up', 'signup', 'register', 'registration'], ['password', 'passcode', 'passphrase', 'pwd'],
  ['secret', 'credential', 'credentials'], ['api key', 'key', 'access key', 'secret key'],
  ['token', 'access token', 'bearer token', 'session token'], ['2fa', 'two factor', 'mfa', 'multi factor', 'two step'],
  ['otp', 'one-time code', 'verification code', 'passcode'], ['authenticate', 'authentication', 'auth'],
  ['verify', 'confirm', 'validate'], ['user', 'account', 'member'],
  ['username', 'user name', 'handle', 'login', 'screen name'], ['profile picture', 'avatar', 'profile photo', 'pfp'],

  // ---------------------------------------------------------------- payments & billing
  ['customer', 'client', 'buyer', 'purchaser', 'shopper'], ['seller', 'merchant', 'vendor', 'retailer'],
  ['invoice', 'bill'], ['charge', 'bill', 'debit'], ['payment', 'charge', 'transaction'], ['pay', 'settle', 'pay off'],
  ['refund', 'money back', 'reimburse', 'reimbursement', 'repay'], ['dispute', 'chargeback'],
  ['subscription', 'membership', 'recurring payment'], ['plan', 'tier', 'pricing plan'],
  ['price', 'cost', 'fee', 'pricing'], ['payout', 'withdrawal', 'cash out', 'disbursement'],
  ['transfer', 'wire', 'send money', 'remittance'], ['deposit', 'pay in', 'top up'],
  ['coupon', 'voucher', 'promo code', 'discount code'], ['discount', 'markdown', 'price cut', 'reduction'],
  ['balance', 'funds'], ['money', 'cash', 'funds'], ['payment method', 'card', 'payment source'],
  ['tax', 'vat', 'sales tax', 'gst'], ['trial', 'free trial', 'test drive'], ['renew', 'extend'],
  ['overdue', 'late', 'past due', 'delinquent'], ['unpaid', 'outstanding', 'owed', 'due'],
  ['quote', 'estimate', 'quotation'], ['expense', 'spending', 'expenditure', 'spend'],
  ['revenue', 'income', 'sales', 'earnings'], ['exchange rate', 'fx', 'forex', 'currency exchange'],

  // ---------------------------------------------------------------- messaging & chat & email & social
  ['channel', 'room', 'group chat', 'chatroom', 'chat room'], ['conversation', 'chat', 'dialog', 'dialogue'],
  ['message', 'msg', 'text'], ['direct message', 'dm', 'private message'], ['sms', 'text message', 'text'],
  ['reply', 'respond', 'answer', 'response'], ['mention', 'tag'], ['mute', 'silence', 'quiet'], ['snooze', 'defer'],
  ['notification', 'alert', 'push notification'], ['notify', 'inform', 'let know'],
  ['announcement', 'broadcast', 'bulletin'], ['friend', 'connection', 'contact', 'buddy'],
  ['address book', 'contacts', 'phonebook'], ['call', 'phone call', 'ring', 'dial'],
  ['video call', 'video chat', 'video meeting', 'conference call'], ['email', 'mail', 'e-mail'], ['inbox', 'mailbox'],
  ['spam', 'junk', 'junk mail'], ['forward', 'fwd', 'pass on'], ['subject', 'title', 'headline', 'heading'],
  ['unread', 'unseen', 'unopened'], ['newsletter', 'digest', 'bulletin'], ['follower', 'fan', 'subscriber'],
  ['subscribe', 'follow', 'watch'], ['unsubscribe', 'unfollow', 'unwatch', 'opt out'], ['opt in', 'consent', 'agree'],
  ['like', 'upvote', 'thumbs up', 'heart'], ['dislike', 'downvote', 'thumbs down'],
  ['star', 'favorite', 'favourite', 'like', 'fave'], ['repost', 'retweet', 'reshare'],
  ['feed', 'timeline', 'activity feed'], ['archive', 'shelve', 'put away', 'store away'],
  ['publish', 'go live', 'release'], ['unpublish', 'take down', 'take offline'], ['draft', 'unpublished', 'wip'],

  // ---------------------------------------------------------------- incidents, on-call, monitoring
  ['oncall', 'on call', 'on duty', 'standby'], ['rota', 'roster', 'rotation', 'shift schedule'],
  ['incident', 'outage', 'disruption', 'downtime'], ['alert', 'alarm', 'warning'], ['escalate', 'raise', 'elevate'],
  ['acknowledge', 'ack'], ['resolve', 'fix', 'solve', 'repair'], ['close', 'resolve', 'mark done'],
  ['priority', 'urgency', 'importance'], ['urgent', 'critical', 'high priority', 'emergency', 'asap'],
  ['postmortem', 'post mortem', 'retrospective', 'retro', 'incident review'], ['runbook', 'playbook', 'procedure'],
  ['maintenance window', 'scheduled maintenance', 'maintenance'], ['down', 'offline', 'unavailable', 'unreachable'],
  ['online', 'reachable', 'live'], ['broken', 'failing', 'failed', 'faulty', 'not working'],
  ['error', 'failure', 'fault', 'exception'], ['stuck', 'stalled', 'hanging', 'frozen', 'unresponsive'],
  ['healthy', 'operational', 'functional'], ['health check', 'healthcheck', 'probe', 'heartbeat'],
  ['monitor', 'watch', 'track'], ['slow', 'sluggish', 'laggy'],

  // ---------------------------------------------------------------- e-commerce & retail
  ['order', 'purchase', 'buy'], ['product', 'item', 'article', 'merchandise', 'goods'],
  ['cart', 'basket', 'shopping cart', 'shopping bag', 'trolley'], ['inventory', 'stock', 'supply'],
  ['sold out', 'unavailable', 'out-of-stock'], ['shipment', 'delivery', 'consignment'], ['parcel', 'package'],
  ['ship', 'dispatch'], ['tracking number', 'tracking id', 'waybill'], ['return', 'send back', 'give back'],
  ['exchange', 'swap'], ['review', 'rating', 'feedback'], ['rating', 'score'],
  ['wishlist', 'favorites', 'favourites', 'saved items'], ['bookmark', 'saved items'], ['catalog', 'catalogue'],
  ['store', 'shop', 'storefront', 'outlet'], ['category', 'section', 'department'],
  ['fulfillment', 'fulfilment', 'order processing'], ['cheap', 'inexpensive', 'affordable', 'low cost'],
  ['popular', 'trending', 'top', 'bestseller', 'best selling'], ['recommend', 'suggest', 'propose'],
  ['amount', 'quantity', 'qty'],

  // ---------------------------------------------------------------- CRM, sales & marketing
  ['lead', 'prospect', 'potential customer'], ['deal', 'opportunity'], ['contact', 'person', 'people'],
  ['pipeline', 'funnel', 'sales pipeline'], ['stage', 'phase', 'step'], ['activity', 'interaction', 'engagement'],
  ['note', 'comment', 'remark', 'annotation'], ['sales rep', 'salesperson', 'account manager', 'rep'],
  ['target', 'goal', 'objective'], ['campaign', 'promotion', 'promo'],
  ['segment', 'audience', 'cohort', 'target group'], ['ad', 'advert', 'advertisement', 'commercial'],
  ['survey', 'questionnaire', 'poll'], ['link', 'url', 'hyperlink', 'web address'], ['website', 'site', 'web site'],
  ['pageview', 'page view', 'impression'], ['contract', 'agreement'],

  // ---------------------------------------------------------------- calendars, scheduling & time
  ['event', 'meeting', 'appointment'], ['booking', 'reservation', 'appointment'], ['book', 'reserve'],
  ['calendar', 'schedule', 'agenda', 'diary', 'planner'], ['reschedule', 'postpone', 'push back', 'delay', 'defer'],
  ['attendee', 'participant', 'guest', 'invitee'], ['reminder', 'nudge', 'alarm'],
  ['recurring', 'repeating', 'periodic'], ['time zone', 'timezone', 'tz'], ['slot', 'time slot', 'opening'],
  ['availability', 'free time', 'free slot'], ['busy', 'occupied'], ['deadline', 'due date'],
  ['start', 'begin', 'kick off', 'launch'], ['finish', 'complete', 'done', 'wrap up'], ['end', 'conclude', 'finish'],
  ['duration', 'length', 'time span'], ['newest', 'latest', 'most recent', 'last', 'recent'],
  ['oldest', 'earliest', 'first'], ['upcoming', 'next', 'future', 'soon'], ['past', 'previous', 'prior', 'earlier'],
  ['tonight', 'this evening'], ['daily', 'every day', 'per day'], ['weekly', 'every week', 'per week'],
  ['monthly', 'every month', 'per month'], ['yearly', 'annual', 'annually', 'every year'],
  ['expire', 'lapse', 'run out'], ['outdated', 'stale', 'obsolete', 'deprecated'],
  ['pending', 'waiting', 'awaiting', 'queued'], ['in progress', 'ongoing', 'underway', 'processing', 'running'],
  ['unresolved', 'open', 'outstanding'], ['active', 'enabled', 'live'], ['inactive', 'disabled', 'dormant'],

  // ---------------------------------------------------------------- files, documents & storage
  ['file', 'document', 'doc'], ['folder', 'directory', 'dir'], ['trash', 'bin', 'recycle bin', 'wastebasket'],
  ['restore', 'recover', 'undelete', 'bring back'], ['spreadsheet', 'sheet', 'workbook'],
  ['presentation', 'slides', 'deck', 'slideshow'], ['image', 'picture', 'photo', 'pic', 'photograph'],
  ['video', 'clip', 'footage'], ['thumbnail', 'preview', 'thumb'], ['zip', 'compress', 'pack'],
  ['unzip', 'extract', 'decompress', 'unpack'], ['template', 'boilerplate', 'blueprint', 'starter'],
  ['canned response', 'saved reply', 'macro', 'template'], ['knowledge base', 'kb', 'help center', 'wiki'],
  ['signature', 'esign', 'electronic signature'], ['search', 'find', 'look up', 'lookup', 'look for'],
  ['filter', 'narrow down', 'refine'], ['sort', 'arrange', 'rank'], ['details', 'info', 'information', 'specifics'],
  ['summary', 'overview', 'recap', 'digest'], ['summarize', 'summarise', 'sum up', 'recap', 'tldr'],

  // ---------------------------------------------------------------- media, music & sport
  ['movie', 'film', 'motion picture'], ['series', 'tv series', 'programme', 'tv programme'],
  ['episode', 'installment', 'instalment'], ['song', 'track', 'tune'],
  ['artist', 'musician', 'performer', 'singer', 'band'], ['playlist', 'mixtape', 'mix'], ['play', 'stream'],
  ['live stream', 'livestream', 'broadcast', 'stream'], ['skip', 'next track'], ['volume', 'loudness', 'sound level'],
  ['repeat', 'loop', 'replay'], ['subtitle', 'subtitles', 'caption', 'captions'],
  ['transcribe', 'speech recognition', 'dictate'], ['tts', 'speech synthesis', 'voice synthesis'],
  ['trailer', 'preview', 'teaser'], ['genre', 'category', 'style'], ['actor', 'actress', 'cast member', 'performer'],
  ['author', 'writer', 'creator'], ['book', 'novel', 'ebook'], ['ticket', 'admission', 'entry pass'],
  ['match', 'game', 'fixture'], ['team', 'club'], ['tournament', 'competition', 'championship', 'cup'],
  ['standings', 'ranking', 'leaderboard', 'league table'],

  // ---------------------------------------------------------------- maps, places & travel
  ['place', 'location', 'spot', 'venue', 'poi'], ['location', 'position', 'whereabouts', 'geolocation'],
  ['coordinates', 'lat long', 'latitude longitude', 'latlng'], ['directions', 'route', 'navigation'],
  ['distance', 'how far'], ['eta', 'arrival time', 'estimated arrival'], ['nearby', 'near', 'close by', 'near me'],
  ['address', 'street address', 'postal address'], ['zip code', 'postal code', 'postcode'],
  ['restaurant', 'eatery', 'diner', 'bistro'], ['hotel', 'accommodation', 'lodging', 'inn'],
  ['gas station', 'petrol station', 'fuel station', 'filling station'], ['flight', 'plane', 'air travel'],
  ['trip', 'journey', 'travel', 'voyage'], ['itinerary', 'trip plan', 'travel plan'],
  ['fare', 'airfare', 'ticket price'], ['passenger', 'traveler', 'traveller', 'rider'],
  ['layover', 'stopover', 'connection'], ['car rental', 'car hire', 'rental car'],
  ['car', 'vehicle', 'auto', 'automobile'], ['taxi', 'cab', 'ride', 'rideshare'],
  ['luggage', 'baggage', 'bags', 'suitcase'], ['check in', 'clock in', 'punch in'],
  ['check out', 'clock out', 'punch out'], ['house', 'home', 'residence', 'property'], ['apartment', 'flat', 'unit'],
  ['rent', 'lease', 'rental'],

  // ---------------------------------------------------------------- people & HR
  ['employee', 'staff', 'worker', 'personnel', 'staffer', 'team member'],
  ['manager', 'boss', 'supervisor', 'line manager'], ['colleague', 'coworker', 'co-worker', 'teammate'],
  ['contractor', 'freelancer', 'consultant'], ['intern', 'trainee', 'apprentice'], ['hire', 'recruit', 'employ'],
  ['fire', 'dismiss', 'let go', 'lay off'], ['salary', 'wage', 'compensation', 'pay'],
  ['payslip', 'pay slip', 'pay stub', 'paycheck'], ['applicant', 'candidate', 'job seeker'],
  ['vacancy', 'job opening', 'position', 'job posting', 'opening'], ['cv', 'curriculum vitae'],
  ['department', 'division', 'unit'], ['vacation', 'holiday', 'time off', 'pto', 'day off', 'leave'],
  ['timesheet', 'time sheet', 'time log'], ['birthday', 'dob', 'birth date', 'birthdate'],
  ['phone', 'telephone', 'mobile', 'cell phone', 'phone number'],

  // ---------------------------------------------------------------- ticketing & support
  ['ticket', 'case', 'issue', 'support request'],
  ['helpdesk', 'help desk', 'service desk', 'customer service', 'support'],
  ['support agent', 'agent', 'representative'], ['satisfaction', 'csat', 'happiness'], ['queue', 'waitlist', 'backlog'],
  ['help', 'assist', 'support'], ['claim', 'take ownership', 'pick up'],

  // ---------------------------------------------------------------- project & task management
  ['task', 'todo', 'action item', 'chore'], ['job', 'task', 'batch job'], ['sprint', 'iteration', 'cycle'],
  ['board', 'kanban', 'kanban board'], ['subtask', 'child task', 'checklist item'],
  ['blocker', 'impediment', 'obstacle'], ['submit', 'send in', 'hand in', 'turn in'],

  // ---------------------------------------------------------------- analytics & reporting
  ['stats', 'statistics', 'metrics', 'analytics'], ['metric', 'measurement', 'stat', 'kpi'],
  ['count', 'number', 'how many', 'tally'], ['total', 'sum', 'aggregate', 'grand total'], ['average', 'mean', 'avg'],
  ['maximum', 'max', 'peak', 'highest'], ['minimum', 'min', 'lowest', 'floor'], ['percentage', 'percent', 'pct'],
  ['chart', 'graph', 'plot', 'visualization'], ['increase', 'raise', 'boost', 'bump'],
  ['decrease', 'reduce', 'lower', 'shrink'], ['decline', 'fall', 'dip', 'downturn'],

  // ---------------------------------------------------------------- IoT & devices
  ['device', 'gadget', 'appliance'], ['sensor', 'detector', 'probe'],
  ['reading', 'measurement', 'sample', 'data point'], ['temperature', 'temp'], ['light', 'lamp', 'bulb', 'lighting'],
  ['pair', 'connect', 'hook up'], ['disconnect', 'unpair', 'unlink'], ['scene', 'routine', 'automation'],

  // ---------------------------------------------------------------- education
  ['course', 'class', 'program'], ['lesson', 'lecture', 'class session'], ['student', 'learner', 'pupil', 'trainee'],
  ['teacher', 'instructor', 'tutor', 'lecturer', 'professor', 'educator'], ['assignment', 'homework', 'coursework'],
  ['grade', 'mark', 'score'], ['enroll', 'enrol', 'enrolment', 'register'],
  ['exam', 'examination', 'quiz', 'assessment'],

  // ---------------------------------------------------------------- health & fitness
  ['doctor', 'physician', 'clinician', 'practitioner'], ['medication', 'medicine', 'drug', 'meds', 'rx'],
  ['prescription', 'rx'], ['condition', 'illness', 'disease', 'ailment', 'sickness'],
  ['hospital', 'clinic', 'medical center'], ['pharmacy', 'drugstore', 'chemist'],
  ['consultation', 'checkup', 'check up', 'visit'], ['blood pressure', 'bp'], ['heart rate', 'pulse', 'bpm'],
  ['workout', 'exercise', 'training'], ['vaccine', 'vaccination', 'immunization', 'immunisation', 'jab', 'shot'],
  ['insurance', 'coverage', 'insurance plan'], ['health record', 'medical record', 'chart'],

  // ---------------------------------------------------------------- weather
  ['forecast', 'outlook', 'prediction'], ['rain', 'precipitation', 'rainfall', 'showers'],
  ['wind', 'wind speed', 'gust'], ['humidity', 'moisture'], ['weather alert', 'weather warning', 'advisory'],
  ['air quality', 'aqi', 'pollution'],

  // ---------------------------------------------------------------- language & translation
  ['translate', 'translation', 'interpret'], ['language', 'lang', 'locale'], ['convert', 'transform'],

];
