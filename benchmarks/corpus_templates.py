"""Sentence templates for the synthetic news corpus (benchmarks/corpus.py), all written for this project.

Placeholders are filled by `str.format` from a per-article context: people A (main actor, country X),
B (country Y, the target), C (a third voice, country Z); `{A}` is a surname, `{A_full}` a first mention,
`{A_he}`/`{A_He}` a pronoun; countries give `{X}`, `{X_Name}` (capitalised), `{X_dem}`, `{X_cap}`, `{X_poss}`.
Quote clauses carry no final punctuation: the templates add it.
"""

# Lead sentences: one event of A (or X's capital as a metonym) towards Y, dated relative to publication.
LEADS = {
    "meet": [
        "{A_full} met {B_full} at {place} {d_on}, the first talks between the two governments on {topic} in months.",
        "{A_full} and {B_full} met {d_on} to try to settle {topic}, officials from both sides said.",
    ],
    "accuse": [
        "{A_full} {d_day} accused {Y} of {charge}, deepening {topic}.",
        "{X_cap} accused {Y_cap} {d_on} of {charge}, as {topic} entered a new and more bitter phase.",
    ],
    "threaten": [
        "{A_full} threatened {d_on} to {threat} {Y} unless talks on {topic} resumed.",
        "{X_Name} threatened {d_rel} to {threat} {Y}, raising the stakes in {topic}.",
    ],
    "sanction": [
        "{X_Name} imposed sanctions on {n_small} {Y_dem} officials {d_on} over {topic}, {A_full} announced.",
        "{A_full} {d_day} announced sanctions against {Y}, saying {topic} had left the government no choice.",
    ],
    "aid": [
        "{X_Name} sent {aid} to {Y} {d_on}, {A_full} said, as {topic} left thousands of families without help.",
        "{A_full} pledged {d_day} to send {aid} to {Y}, days after {topic} worsened sharply.",
    ],
    "sign": [
        "{X_Name} and {Y} signed {agreement} in {Y_cap} {d_on}, ending months of wrangling over {topic}.",
        "{A_full} and {B_full} signed {agreement} {d_on}, a deal both sides hailed as a breakthrough on {topic}.",
    ],
    "reject": [
        "{A_full} {d_day} rejected {Y_poss} {proposal}, saying it ignored the real causes of {topic}.",
        "{X_cap} rejected {Y_cap}'s {proposal} {d_rel}, a blow to hopes of resolving {topic}.",
    ],
    "demand": [
        "{A_full} demanded {d_on} that {Y} {demand}, warning that {topic} could not drag on.",
        "{X_Name} demanded {d_rel} that {Y} {demand}, in the sharpest exchange yet over {topic}.",
    ],
    "visit": [
        "{A_full} visited {Y_cap} {d_on} for talks on {topic}, the first such trip in two years.",
        "{A_full} arrived in {Y_cap} {d_day} on a visit aimed at easing {topic}.",
    ],
    "protest": [
        "Thousands of people protested outside the {Y_dem} embassy in {X_cap} {d_on} over {topic}.",
        "Hundreds of demonstrators marched through {X_cap} {d_rel} to protest against {Y_poss} handling of {topic}.",
    ],
    "arrest": [
        "Police in {X_cap} arrested {n_small} {Y_dem} nationals {d_on} in connection with {topic}, {A_full} said.",
        "{X_dem} security forces {d_day} arrested {n_small} people accused of spying for {Y}, {A_full} said.",
    ],
    "attack": [
        "Drones attacked {attack_target} near the border with {Y} {d_on}, {A_full} said, blaming {Y_cap}.",
        "{X_dem} forces attacked {attack_target} inside {Y} {d_rel}, the sharpest escalation yet in {topic}.",
    ],
}

BACKGROUND = [
    "Relations between {X_cap} and {Y_cap} have soured since {d_month_bare}, when {topic} first flared.",
    "The two governments have traded accusations for months over {thing}.",
    "{Y_Name} has long insisted that the question of {thing} is a purely domestic matter.",
    "Diplomats say {topic} has become the biggest test of ties between the two countries in a decade.",
    "The dispute over {thing} has already cost both economies dearly, according to analysts.",
]

# Direct quotes; the `{open}`/`{close}` marks are straight or curly quotation marks.
QUOTES = [
    "We will not be pushed around on this issue",
    "This is a matter of national security and we will treat it as such",
    "Our door remains open, but our patience is not unlimited",
    "Nobody wants an escalation, least of all the people who live near the border",
    "We have been clear from the start about what we expect from {Y}",
    "The ball is now in {Y_poss} court",
    "Every day of delay costs ordinary families real money",
    "We did not start this, and we are not going to walk away from it",
    "I spoke with my counterpart this morning and the tone was constructive",
    "These measures are temporary and they can be lifted quickly",
    "What we saw this week was a provocation, plain and simple",
    "We expect results, not promises",
    "The agreement is not perfect, but it is a start",
    "Our partners understand what is at stake here",
    "We are ready to meet anywhere, at any time",
    "Those responsible will be held to account",
    "The situation on the ground is getting worse by the hour",
    "We are asking for fairness, nothing more",
    "No country can solve this alone",
    "I want to be very clear: there will be no deal at any price",
]

DIRECT = [
    "{open}{q}{comma}{close} {S} told reporters in {S_cap}.",
    "{open}{q}{comma}{close} {S} said in a televised address.",
    "{open}{q}{comma}{close} {S} told a news conference {d_day}.",
    "{open}{q}{comma}{close} {S} wrote on social media.",
    "{S_full_subj} told reporters: {open}{q}.{close}",
]

INVERTED = [
    "{open}{q}{comma}{close} said {S_full}.",
    "{open}{q}{comma}{close} said {S}, speaking after the meeting.",
]

ADDED = [
    "{open}{q}{comma}{close} {S_he} added.",
    "{open}{q}{comma}{close} {S_he} said later, adding that more talks were planned.",
]

INDIRECT = [
    "{S_full_subj} said that {Y} would answer any new measures in kind.",
    "{S_full_subj} said {d_day} that the talks had reached a dead end.",
    "{S} said that the accusations were baseless and politically motivated.",
    "{S_full_subj} told parliament that the government had no plans to change course.",
    "{S} said the country was ready to resume negotiations if the pressure stopped.",
]

# Statements by institutions, including a capital used as a metonym for its government.
STATEMENT = [
    "The {Y_dem} Foreign Ministry said in a statement that the claims were {frag_plain}.",
    "{Y_cap} said {d_day} that it would not bow to pressure and called the move {frag_plain}.",
    "{Y_Name}'s Defence Ministry said its forces had been placed on alert {d_rel}.",
    "The {party} said it would call a vote in parliament on {topic} {d_next}.",
    "{intl_Name} called on both sides to show restraint and return to talks.",
    "A spokesperson for {intl} said the organisation was {frag_plain_concern} by the latest events.",
]

FRAGMENTS = ["a grave mistake", "unacceptable", "a dangerous precedent", "a step in the right direction",
             "deeply troubling", "a political stunt", "long overdue", "an act of aggression"]
PLAIN = ["baseless", "unfounded", "absurd", "regrettable", "provocative"]
CONCERN = ["alarmed", "deeply concerned", "worried"]

MIXED = [
    "{S_full_subj} called the decision {frag_q} and said it would only harden positions.",
    "{S} said the step was {frag_q}, adding that {Y} had {open}nothing to fear{close} from honest talks.",
    "{S_full_subj} described the offer as {frag_q} but said the details still had to be worked out.",
]

# A quote that runs over two paragraphs: the first paragraph has no closing mark.
TWO_PARAGRAPH = [
    ("{S_full_subj} said: {open}{q}. {q2}.", "{open}{q3}.{close}"),
    ("{open}{q}{comma}{close} {S} said. {open}{q2}.", "{open}{q3}{comma}{close} {S_he} said."),
]

# Follow-up events; `{d_follow}` is "The following day" or similar and refers to the lead's date.
FOLLOW_UP = [
    "{d_follow}, {Y_dem} officials summoned the {X_dem} ambassador to protest.",
    "{d_follow}, {A} visited {Z_cap} to seek support from {Z}.",
    "{d_follow}, police in {Y_cap} arrested {n_small} activists during a protest against the government.",
    "{Z_Name} sent {aid} to the region {d_rel}, {C_full} said.",
    "{C_full} met {A} in {Z_cap} {d_on} and urged both sides to return to talks.",
    "{Y_Name} threatened to {threat} {X} if the measures were not lifted by {d_deadline}.",
    "{A} had warned {d_month} that {X} would {threat} any country that backed {Y}.",
    "Protesters gathered in {Y_cap} {d_rel}, demanding that the government {demand}.",
    "{X_cap} and {Z_cap} signed {agreement} {d_rel}, a move seen as a message to {Y_cap}.",
]

CLOSING = [
    "Talks between the two sides are due to resume {d_next} in {Z_cap}.",
    "Neither government gave details of what a settlement might look like.",
    "Analysts said a quick end to {topic} was unlikely.",
    "The foreign ministers of both countries are expected to meet {d_next}.",
    "{intl_Name} said it would send observers to the area {d_next}.",
]

HEADLINES = [
    "{X_Name} and {Y} clash over {thing}",
    "{A} says {Y} must act on {thing}",
    "{Y_Name} rejects {X_dem} pressure over {thing}",
    "Tensions rise as {X_cap} and {Y_cap} trade blame",
    "{X_Name} {event_word} {Y} as row over {thing} deepens",
]

EVENT_WORDS = {
    "meet": "meets", "accuse": "accuses", "threaten": "threatens", "sanction": "sanctions",
    "aid": "sends aid to", "sign": "signs deal with", "reject": "rebuffs", "demand": "presses",
    "visit": "visits", "protest": "protests against", "arrest": "detains nationals of", "attack": "strikes",
}
