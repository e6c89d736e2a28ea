//! What kind of document a record is: cable, telegram, record of conversation …
//!
//! The decision is made from the first source that names a type, in this order:
//!
//! 1. the title proper (see [`crate::title`]); specific phrases ("Ciphered
//!    Telegram", "Memorandum of Conversation", "Record of Meeting", "Notes on the
//!    Conversation") beat generic words, and among generic words the earliest wins
//!    (`Telegram, Gromyko to Stalin, Transmitting Letter …` is a telegram);
//! 2. the quoted subject of the title, for titles that are only an author and a
//!    heading (`CSSR Ministry of Foreign Affairs, 'Information: …'`);
//! 3. the body's header lines (`CIPHERED TELEGRAM`, `(Speech given by …)`);
//! 4. the archive's own `Type` label in the site metadata;
//! 5. the summary's first words (`Speech by Comrade B …`);
//! 6. the body's speaker turns: two or more people's names opening lines with a
//!    colon (`KHRUSHCHEV: …` / `FANFANI: …`, `Comrade Lajos Fehér:`) make a
//!    transcript.
//!
//! When none names a type, a record written as prose is a `report` (the most
//! common kind of narrative record; rule `doc_type.fallback.report_prose`,
//! diagnostic `doc_type_default`) unless its title names an instrument (an
//! agreement, a protocol, a directive); else it is `other` with a
//! `doc_type_unknown` diagnostic. A diary or journal with no conversation phrase is a `diary`
//! ("Excerpts from Tsedenbal's diary on his conversation with …" is not a
//! record of conversation even though the words are there).
//!
//! One refinement looks past the title: a title that says only "Telegram" while
//! the body's header says "Ciphered Telegram" or "CIPHER TELEGRAM" is a ciphered
//! telegram; the archive's titles often drop the word.

use std::sync::LazyLock;

use dossier_model::{Diagnostic, DocType, Evidence, Extracted, TextField};
use regex::Regex;

use crate::lines::{HEADER_LINES, non_empty_lines};
use crate::title::split_title;

/// Header lines longer than this are prose, not headings.
const MAX_HEADING_CHARS: usize = 80;

/// One type rule: its name, the pattern, the type it decides.
struct TypeRule {
    name: &'static str,
    pattern: Regex,
    /// A match of `pattern` that this matches too does not count.
    unless: Option<Regex>,
    /// Nor does one whose text before it this matches.
    unless_before: Option<Regex>,
    doc_type: DocType,
}

fn rule(name: &'static str, pattern: &str, doc_type: DocType) -> TypeRule {
    TypeRule { name, pattern: Regex::new(pattern).expect("valid regex"), unless: None, unless_before: None, doc_type }
}

impl TypeRule {
    /// The same rule, except where `unless` matches the text `pattern` matched.
    fn unless(mut self, unless: &str) -> Self {
        self.unless = Some(Regex::new(unless).expect("valid regex"));
        self
    }

    /// The same rule, except where `unless_before` matches the text before
    /// the match.
    fn unless_before(mut self, unless_before: &str) -> Self {
        self.unless_before = Some(Regex::new(unless_before).expect("valid regex"));
        self
    }

    fn find<'t>(&self, text: &'t str) -> Option<regex::Match<'t>> {
        self.pattern.find(text).filter(|m| {
            !self.unless.as_ref().is_some_and(|u| u.is_match(m.as_str()))
                && !self.unless_before.as_ref().is_some_and(|u| u.is_match(&text[..m.start()]))
        })
    }
}

/// What a memorandum or a record is `of` when it is a conversation's: an
/// optional article, an ordinal or a kind of talk, then a noun of talk or of a
/// meal (`Memorandum of Luncheon Given by …`, `Record of the First Meeting`).
const TALK_OF: &str = r"(?:a\s+|the\s+)?(?:(?:first|second|third|fourth|fifth|last|final|main|private|official|further|brief|telephone|phone)\s+)?(?:conversations?|meetings?|talks?|discussions?|luncheons?|lunch|dinners?|breakfasts?)\b";

/// Phrases that name a specific type; the first rule that matches anywhere wins.
static SPECIFIC: LazyLock<Vec<TypeRule>> = LazyLock::new(|| {
    vec![
        rule(
            "ciphered_telegram",
            r"(?i)\b(?:ciphered|cipher|coded|code|encrypted)\s+(?:telegram|cable|message)s?\b|\bciphergrams?\b|\bcryptograms?\b|\b(?:by|via)\s+(?:[\w-]+\s+){0,2}cipher\b|\bcipher\s+(?:no\.?|nr\.?|number)\s*\d",
            DocType::CipheredTelegram,
        ),
        // `Memorandum of Luncheon Given by Richard Dvořàk …`: a meal's talk is
        // a conversation.
        rule(
            "memorandum_of_conversation",
            &format!(r"(?i)\bmemo(?:randum)?\s+of\s+{TALK_OF}"),
            DocType::MemorandumOfConversation,
        ),
        // "Record of the First Meeting between …", "Record of Telephone
        // Conversation between …": an ordinal or a kind of meeting may stand
        // before the conversation word.
        // "Record of the Meeting of the Executive Committee of the CC of the
        // RCP …": the record of a body's own session is its minutes, not a
        // conversation between persons.
        rule(
            "record_of_session",
            r"(?i)\brecords?\s+of\s+(?:a\s+|the\s+)?(?:meeting|session|sitting)\s+of\s+(?:the\s+)?(?:[\w\-’']+\s+){0,3}?(?:committee|politburo|presidium|council|bureau|secretariat|plenum|cabinet|commission)\b",
            DocType::Minutes,
        ),
        rule(
            "record_of_conversation",
            &format!(r"(?i)\brecords?\s+of\s+{TALK_OF}"),
            DocType::RecordOfConversation,
        ),
        // "Summary of Talks between …", "An account of conversation between
        // …" (a summary standing where the title should be), "Abstract of
        // Conversation: …": a written account of a conversation.
        rule(
            "account_of_conversation",
            r"(?i)^(?:an?\s+|the\s+)?(?:brief\s+|short\s+)?(?:summary|account|résumé|abstract)\s+of\s+(?:a\s+|the\s+|two\s+)?(?:(?:first|second|third|main|private|official|further)\s+)?(?:conversations?|talks?|discussions?)\b",
            DocType::RecordOfConversation,
        ),
        // "Memorandum of Chairman Mao Zedong's Conversation with Prince
        // Sihanouk", "Record of Premier Zhou's Talk with …": the conversation
        // word may follow the speaker's name.
        rule(
            "memorandum_of_named_conversation",
            r"(?i)\bmemorandum\s+of\s+[^,:;]{1,60}?[’']s?\s+(?:conversations?|meetings?|talks?|discussions?)\b",
            DocType::MemorandumOfConversation,
        ),
        // "Record of Romanian Workers Party Politburo Discussion, 26 June
        // 1963": the record of a body's own discussion is its minutes.
        rule(
            "record_of_body_discussion",
            r"(?i)\brecords?\s+of\s+(?:the\s+)?[^,:;]{0,60}?\b(?:politburo|political\s+bureau|presidium|secretariat|plenum|central\s+committee|executive\s+committee|council\s+of\s+ministers)\s+(?:discussions?|meetings?|sessions?)\b",
            DocType::Minutes,
        ),
        // "Record of Soviet-Japanese Talks, 9 October 1973", "Memorandum of
        // Sino-Soviet Conversation": the two sides' adjectives, joined by a
        // hyphen, stand before the talks.
        rule(
            "record_of_bilateral_talks",
            r"(?i)\brecords?\s+of\s+(?:the\s+)?[\p{L}.]+-[\p{L}]+\s+(?:conversations?|talks?|negotiations?|consultations?)\b",
            DocType::RecordOfConversation,
        ),
        // "Polish-Soviet Talks in Lansk", "Soviet-Indian Talks (Conclusion)":
        // the two sides' talks named as the title's first words.
        rule(
            "bilateral_talks",
            r"(?i)^(?:the\s+)?[\p{L}.]+-[\p{L}]+\s+(?:talks|negotiations|conversations?|consultations)\b",
            DocType::RecordOfConversation,
        ),
        rule(
            "memorandum_of_bilateral_talks",
            r"(?i)\bmemo(?:randum)?\s+of\s+(?:the\s+)?[\p{L}.]+-[\p{L}]+\s+(?:conversations?|talks?|negotiations?|consultations?)\b",
            DocType::MemorandumOfConversation,
        ),
        // "Record of a Preparatory Negotiation on a Joint Statement between
        // …", "Record of the Points Discussed between …": a record of talks
        // named by what was negotiated.
        rule(
            "record_of_negotiation",
            r"(?i)\brecords?\s+of\s+(?:(?:a|an|the)\s+(?:[\p{L}\-]+\s+){0,2}(?:negotiations?|consultations?)\b|(?:the\s+)?points\s+discussed\b)",
            DocType::RecordOfConversation,
        ),
        // "Soviet Record of 1 November1962 Dinner conversation between …": the
        // date and the occasion between the record and its conversation.
        rule(
            "record_of_dated_conversation",
            r"(?i)\brecords?\s+of\s+(?:\S+\s+){1,4}?conversations?\s+(?:between|with)\b",
            DocType::RecordOfConversation,
        ),
        // "Zhou Enlai Talking to Ho Chi Minh": the conversation named by its
        // speakers and the verb.
        rule("talking_to", r"(?i)^[^,:;]{1,60}?\btalking\s+(?:to|with)\b", DocType::RecordOfConversation),
        rule(
            "record_of_named_conversation",
            r"(?i)\brecords?\s+of\s+[^,:;]{1,60}?[’']s?\s+(?:(?:first|second|third|fourth|fifth|sixth|last|final)\s+)?(?:conversations?|meetings?|talks?|discussions?|reception)\b",
            DocType::RecordOfConversation,
        ),
        // "Conversation Record of …", "(Official) Talks between …", "Discussion between
        // …", "Meeting between Stalin and Kim Il Sung", "Conversation of Cde.
        // N. S. Khrushchev and … U Thant", "Conversation from [Mao Zedong's]
        // Audience with …": a title that names the encounter itself.
        rule(
            "conversation_between",
            r"(?i)^(?:conversation\s+records?\b|(?:(?:official|unofficial|informal|private|secret|confidential|bilateral|first|second|further|preliminary|one-on-one)\s+)?(?:talks?|discussions?|meetings?|conversations?)\s+(?:between|with)\b|conversations?\s+(?:of|from|at|during)\b)",
            DocType::RecordOfConversation,
        ),
        // "Bierut's Telephone Conversation with Stalin", "The Chancellor's
        // [Helmut Kohl's] Meeting with Canadian Prime Minister Brian
        // Mulroney", "… Breakfast Meeting with President Mitterrand": a
        // conversation named by its first speaker, one word of its kind
        // before the noun (not "Tsedenbal's diary on his conversation").
        rule(
            "named_conversation",
            r"(?i)^[^,:;]{1,60}?[’']s\]?\s+(?:[\w\-]+\s+)?(?:conversations?|talks?|meetings?)\s+(?:with|between)\b",
            DocType::RecordOfConversation,
        ),
        // "Notes on the Conversation of Khrushchev with Ulbricht" is a record of
        // the conversation, whatever the translator called it.
        // The singular "Note about a Conversation …" (the East German
        // `Vermerk`) stays a note; see the generic rules.
        rule(
            "notes_on_conversation",
            r"(?i)\bnotes\s+(?:on|of|about)\s+(?:a\s+|the\s+|two\s+|three\s+)?(?:conversations?|meetings?|talks?|discussions?)\b",
            DocType::RecordOfConversation,
        ),
        // The Soviet diplomatic diary genre: "Reception by Vice Foreign Minister
        // Kuznetsov for the General Director …".
        rule("reception", r"(?i)^reception\s+(?:by|of)\b", DocType::RecordOfConversation),
        // A title whose verb is a reception (`Comrade Zhou Enlai, Comrade Peng
        // Zhen Receive Tran Tu Binh, Vietnam's Ambassador to China`, `Emil
        // Bodnaras, … Received Richard H. Nixon`): the record of that meeting.
        // Not a paper's title with a quoted headline (`Cable from Qiang
        // Xiaochu, 'Premier Kim Received the Study Delegation'`), which its
        // paper's noun names.
        // (Not `Information Received From the Embassy`.)
        rule(
            "receives",
            r"^[^:;'‘“]{1,160}?\s(?i:receives?|received)\s+(?:(?i:the)\s+)?\p{Lu}\w*",
            DocType::RecordOfConversation,
        )
        .unless(r"(?i)^(?:cables?|telegrams?|letters?|reports?|notes?|memo(?:randum)?|information|minutes|messages?)\b|\s(?:from|by|on|in|at|through|via|during|about|regarding|concerning|under|with|for|since|as|into)$"),
        rule("transcript", r"(?i)\btranscripts?\b", DocType::Transcript),
        // An oral history's record (`Interview with Tzvi Tzur by Boaz Lev Tov
        // at the Rabin Memorial Center`): questions and answers as spoken.
        rule("interview", r"(?i)^interviews?\s+(?:with|of)\s", DocType::Transcript),
        // "Minutes of …", "Meeting Minutes, Council of Ministers of the Netherlands",
        // "Minutes, Meeting between Zhou Enlai and …" (the type, then a comma),
        // and numbered: "Excerpt on Xinjiang from Minutes No. 57 of the VKP(b)
        // CC Politburo Meetings".
        rule(
            "minutes",
            r"(?i)\bminutes(?:\s+(?:no\.?|nr\.?|number)\s*[\w/.\-]*\d[\w/.\-]*)?\s+of\b|\bmeeting\s+minutes\b|^minutes\s*,",
            DocType::Minutes,
        ),
        // FRUS heads: "Notes of the 485th Meeting of the National Security Council".
        rule("notes_of_meeting", r"(?i)\bnotes?\s+of\s+the\s+\w+\s+meeting\b", DocType::Minutes),
        rule("editorial_note", r"(?i)^editorial\s+note\b", DocType::EditorialNote),
        // "Protocol No. 002/81 of the Meeting of the Committee …", "Protocol of
        // the Conversations Between Comrade Todor Zhivkov … and Comrade Gustav
        // Husak" (a session's record, with the sides' lists), "Summary of a
        // CC CPSU Meeting", "Meeting of the Political Consultative Committee",
        // "Session of the CPSU CC Politburo on …", and such a heading after a
        // dash (`Brazilian Foreign Policy toward the Cuban Issue - Secret
        // Foreign Ministry Conclave - Meeting of the Planning Commission …`):
        // the written record of a body's session, also named after the body
        // (`Iraq Revolutionary Command Council Meeting about Coalition
        // Operations`, `Protocols of the Talks between …`) or after the one who
        // held it (`Stalin’s Meeting about Political Economy textbook`, minutes
        // of his session with the authors); so is a title that opens
        // with the meeting itself (`Meeting between Stalin and Kim Il Sung`,
        // `Fifth Official Meeting Between the Delegation of …`, `General
        // Meeting of Prime Minister and Vice Premier Deng (Summary Record)`),
        // where no paper's noun comes first (a meeting of one with another
        // is read above); and a conference between two sides' delegates
        // (`Preliminary Conference between Delegates of North and South
        // Korea`, a liaison contact's record).
        // "Summary of a Meeting of Comrade Hermann Axen with the
        // Representative of the PLO", "Meeting of ChefBK, Federal Minster Bohl,
        // with Chile’s Special Envoy Holger": a meeting of one person with
        // another is a conversation, not a body's session.
        rule(
            "meeting_with",
            r"(?i)^(?:(?:an?\s+|the\s+)?(?:summary|account|résumé|information)\s+(?:of|on|about)\s+(?:a\s+|the\s+)?meeting\s+(?:of\s+)?|meeting\s+of\s+)[^:;]{1,80}?\s+with\b",
            DocType::RecordOfConversation,
        ),
        rule(
            "meeting_record",
            r"(?i)^(?:(?:(?:record|excerpt|extract)s?\s+(?:from|of)\s+)?(?:(?:stenographic|shorthand|verbatim)\s+)?protocols?\b[^:;]*\b(?:meeting|conversations?|talks|negotiations)\b|[^:;,]{0,60}?\b(?:council|committee|politburo|presidium|cabinet|secretariat|commission|bureau|plenum)\s+meeting\s+(?:about|on|regarding|concerning)\b|[^:;,]{0,40}?(?:’s|'s)\s+meeting\s+(?:about|on|regarding|concerning)\b|protocol\s+(?:no\.?|number)\s*[\w/.\-]+\s+of\s+the\b|summary\s+of\s+(?:a|the)\s+[^:;]*\bmeeting\b|(?:meeting|session|sitting)\s+of\s+the\b|(?-i:\p{Lu}[\w\-]*\s+){0,2}(?:meeting\s+(?:between|of)|conference\s+between)\b)|\s[-–—]\s(?:meeting|session|sitting)\s+of\s+the\b",
            DocType::Minutes,
        ),
        // A diary or journal without a conversation phrase ("Journal of Soviet
        // Ambassador in the DPRK A.M. Puzanov for 16 June 1960"); with one, the
        // rules above have already named the conversation record.
        // A personal notepad or notebook kept as one (`Notepad of Teimuraz
        // Stepanov-Mamaladze, 16 May 1989`) is a diary too.
        rule("diary", r"(?i)\b(?:diary|journal|notepad|notebook)\b", DocType::Diary),
        rule(
            "intelligence_estimate",
            r"(?i)\b(?:special\s+)?(?:national\s+)?intelligence\s+estimates?\b|\bS?NIE\s+\d",
            DocType::IntelligenceEstimate,
        ),
        // "Homi Bhabha writes to Prime Minister Nehru …": a summary in the
        // title's place that says a letter was written.
        rule("writes_to", r"(?i)^[^.;:]{0,80}?\b(?:writes|wrote)\s+(?:a\s+(?:letter|note)\s+)?to\b", DocType::Letter),
        rule("record_of_action", r"(?i)\brecords?\s+of\s+(?:[\w ]+\s+)?actions?\b", DocType::RecordOfAction),
        // "Information Note from the IOC's Vice President to the IOC President":
        // a note that informs, not the East-bloc information report.
        rule("information_note", r"(?i)^information\s+notes?\b", DocType::Note),
        // "Memorandum From the Assistant Secretary … to Secretary of State Rusk",
        // "Memorandum by …", "Draft Memorandum from …": a memorandum between
        // officials, not a conversation record (those are matched above).
        rule(
            "memorandum",
            r"(?i)\bmemorandum(?:\s+no\.?\s*[\w/.\-]*\d[\w/.\-]*)?\s+(?:from|by|to|for)\b",
            DocType::Memorandum,
        ),
        // "Minute from Selwyn Lloyd to Winston Churchill": a British minute,
        // an official's memorandum to another (not a meeting's minutes).
        rule("minute", r"(?i)^minute\s+(?:no\.?\s*[\w/.\-]*\d[\w/.\-]*\s+)?(?:from|by|to)\b", DocType::Memorandum)
            .unless(r"(?i)^minute\s+by\s+minute\b"),
    ]
});

/// Generic type words; the earliest in the text wins.
static GENERIC: LazyLock<Vec<TypeRule>> = LazyLock::new(|| {
    vec![
        // A telex is a telegram sent over the teleprinter network, and so is
        // a party's or a ministry's teleprint.
        rule("telegram", r"(?i)\btelegrams?\b|\btelex(?:es)?\b|\bteleprints?\b", DocType::Telegram),
        rule("cable", r"(?i)\bcables?\b", DocType::Cable),
        rule("letter", r"(?i)\bletters?\b", DocType::Letter),
        // A mission's or a ministry's written dispatch (`Dispatch from the Head
        // of the … International Relations Department … to the Czechoslovak
        // Embassy in Kabul`, `my dispatch No. 394`) goes by pouch: a letter.
        rule("dispatch", r"(?i)\bdispatch(?:es)?\b", DocType::Letter),
        rule("resolution", r"(?i)\bresolutions?\b", DocType::Resolution),
        // A party's or a government's decree (`CPSU CC Decree of the
        // Secretariat`, `VKP(b) CC Decree, 'Concerning Instructions …'`) is the
        // body's resolution, as its own word (postanovlenie) says.
        // A decree named after its body; not a paper about one (`Implementation of the CC CPSU Decree
        // 'Measures to …'` reports on it).
        rule("decree", r"(?i)\bdecrees?\b", DocType::Resolution)
            .unless_before(r"(?i)\b(?:of|on|about|regarding|concerning|implementing|implementation)\b"),
        rule("report", r"(?i)\breports?\b", DocType::Report),
        // A returning visitor's account (`Summary of [Redacted]'s Debrief on
        // North Korea`, a debriefing) is a report.
        rule("debrief", r"(?i)\bdebrief(?:ing)?s?\b", DocType::Report),
        // A ministry's digest of the dispatches it received (`Correspondence
        // Digest No. 13691 from New York to Comrade Rapacki`) reports them.
        rule("digest", r"(?i)\bdigests?\b", DocType::Report),
        // "Information" as a heading is the East-bloc genre of the internal report.
        // So is one addressed to someone (`Ministry of Foreign Affairs
        // Information to the President`), and an assessment or evaluation
        // that opens a title (`'Assessment regarding the Visit …'`).
        rule(
            "information",
            r"(?i:^information\b|^(?:assessment|evaluation)\b)|(?i:\binformation\s+(?:to|for)\s+(?:the\s+)?)\p{Lu}",
            DocType::Report,
        ),
        rule(
            "speech",
            r"(?i)\bspeech\b|\b(?:talk|address|remarks)\s+(?:given|delivered|made)\b|\b(?:address|statement)\s+by\b",
            DocType::Speech,
        ),
        rule("note", r"(?i)\bnotes?\b", DocType::Note),
        // `Notice for Comrade Fischer, …`, `Notice from First Secretary …`:
        // a title that opens with the paper's own word for a note.
        rule("notice", r"(?i)^notices?\s+(?:for|from|to|on|of)\b", DocType::Note),
        // `Comment for Comrade Minister Oskar Fischer`: an official's comment
        // written for his minister (the East German `Stellungnahme`).
        rule("comment", r"(?i)^comments?\s+(?:for|from|to|by)\b", DocType::Note),
        // A message a mission sends is a wire (`Message from Yugoslav Embassy
        // Addis Ababa, …`); anyone else's is a letter (`Message from Prime
        // Minister Ahmad Qavam to Ambassador Sadchikov`).
        rule(
            "mission_message",
            r"(?i)\bmessages?\s+(?:no\.?\s*[\w/.\-]+\s+)?from\s+(?:the\s+)?[^,;:'‘“]{0,40}?\b(?:embassy|legation|consulate|mission)\b",
            DocType::Telegram,
        ),
        // A telephone message (`Telephone message via VCh to Cde. Stalin`, the
        // Soviet `telefonogramma`) is dictated over a line and taken down, as a
        // telegram is; it is read at its first word, before `message`.
        rule("telephone_message", r"(?i)\btelephone\s+messages?\b|\btelephonograms?\b", DocType::Telegram),
        rule("message", r"(?i)\bmessages?\b", DocType::Letter),
        // A bare memorandum (`South African Cabinet Memorandum, …`, an `Aide
        // Mémoire`); the conversation memoranda are caught above.
        rule("memorandum", r"(?i)\bmemo(?:randum|randa)?\b|\baide[\s\-‑]+m[ée]moire\b", DocType::Memorandum),
        // A title that is only its topic (`On Recent Yugoslav Foreign Policy
        // (second half of 1954)`) heads a report.
        rule("on_topic", r"^On\s+(?:the\s+)?\p{Lu}", DocType::Report),
    ]
});

/// Body header lines that name a type, anchored at the line start.
static HEADER: LazyLock<Vec<TypeRule>> = LazyLock::new(|| {
    vec![
        rule(
            "ciphered_telegram",
            r"(?i)^(?:ciphered|cipher|coded)\s+telegram\b|^ciphergram\b|^cryptogram\b|^cipher\s+(?:no\.?|nr\.?|number)\s*\d",
            DocType::CipheredTelegram,
        ),
        // A form's kind in brackets anywhere on a header line (`Written Report -
        // Telegram (encrypted) zb 6-1`, a West German Foreign Office form).
        rule(
            "ciphered_telegram_form",
            r"(?i)\btelegram\s+\((?:encrypted|ciphered|coded|enciphered)\)",
            DocType::CipheredTelegram,
        ),
        rule("speech", r"(?i)^\(?(?:speech|talk|address|remarks)\s+(?:given|delivered|made)\s+by\b", DocType::Speech),
        // `Meeting, record of conversation`: an archive's kind of file, a
        // comma and the record's kind (a Mongolian embassy's records).
        rule(
            "record_of_conversation",
            r"(?i)^(?:(?:meeting|conversation|talks?),\s+)?records?\s+of\s+(?:a\s+|the\s+)?(?:conversation|meeting|talks?)\b",
            DocType::RecordOfConversation,
        ),
        rule(
            "memorandum_of_conversation",
            r"(?i)^memorandum\s+(?:of|from)\s+(?:a\s+|the\s+)?conversations?\b",
            DocType::MemorandumOfConversation,
        ),
        // `Conversation` above `Present:` and `Subject:`: an American
        // embassy's memorandum form heads the record with the word (the day
        // of the talk may follow it: see `conversation_with_day`).
        rule("conversation_heading", r"(?i)^conversation\W*$", DocType::MemorandumOfConversation),
        rule("telegram", r"(?i)^(?:telegram|telex|teleprint)\b", DocType::Telegram),
        rule("cable", r"(?i)^cable\b", DocType::Cable),
        // `Air letter sent 11 May 1964 from La Paz` (a Czechoslovak embassy's
        // form), `AIR LETTER [‘Correo Aereo’]` (a Mexican embassy's).
        rule("air_letter", r"(?i)^air\s*letter\b", DocType::Letter),
        rule("report", r"(?i)^report\W*$", DocType::Report),
        // `Report on the visit to Angola and on the conversations held with …`:
        // a report that opens by naming itself, in one long heading sentence.
        rule("report_on", r"(?i)^report\s+(?:on|about|concerning)\s+the\b", DocType::Report),
        rule("resolution", r"(?i)^resolution\W*$", DocType::Resolution),
        rule("minutes", r"(?i)^minutes(?:\s+of)?\W*$", DocType::Minutes),
        // `Minutes of the conversation between Comrade Erich Honecker and
        // Comrade Fidel Castro, Sunday, …`: a heading sentence, like `report_on`.
        rule(
            "minutes_of",
            r"(?i)^minutes\s+of\s+(?:the\s+|a\s+)?(?:conversation|meeting|talks?|discussion)s?\s+(?:between|with|of|held)\b",
            DocType::Minutes,
        ),
        rule("transcript", r"(?i)^transcript\W*$", DocType::Transcript),
        // `Stenographic record` / `of the Politburo of the Central Committee …`:
        // a word-for-word record, whatever the rest of the heading says.
        rule(
            "stenographic",
            r"(?i)^(?:stenographic|stenogram|verbatim|shorthand)\s+(?:record|transcript|report|minutes|notes)\b",
            DocType::Transcript,
        ),
        rule("salutation", r"(?i)^(?:my\s+)?dear\s", DocType::Letter),
        // A heading alone on its line: `Information`, `Assessment`,
        // `Evaluation` (the East-bloc report), `STATEMENT` (a speech read out).
        rule("report_heading", r"(?i)^(?:information|assessment|evaluation)\W*$", DocType::Report),
        rule("statement", r"(?i)^statement\W*$", DocType::Speech),
    ]
});

/// The summary's opening words, when they name the document ("Speech by …").
static SUMMARY_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(ciphered telegram|memorandum of conversation|record of (?:a |the )?conversation|speech|cable|telegram|letter|report|transcript|minutes|resolution)\s+(?:by|from|to|of|on|regarding|describing)\b",
    )
    .expect("valid regex")
});

/// The texts the type is read from.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct TypeSources<'a> {
    /// The normalized title.
    pub title: Option<&'a str>,
    /// The normalized body.
    pub body: &'a str,
    /// The archive's `Type` label, with its provenance.
    pub site_type: Option<&'a Extracted<String>>,
    /// The normalized summary.
    pub summary: Option<&'a str>,
}

/// Decides the document type, with a diagnostic when nothing named one.
pub(crate) fn classify(sources: TypeSources<'_>) -> (Extracted<DocType>, Option<Diagnostic>) {
    if let Some(found) = sources.title.and_then(from_title) {
        let refined = matches!(found.value, DocType::Telegram | DocType::Report)
            .then(|| header_type(sources.body))
            .flatten()
            .filter(|header| match found.value {
                DocType::Telegram => header.value == DocType::CipheredTelegram,
                _ => matches!(
                    header.value,
                    DocType::Minutes
                        | DocType::RecordOfConversation
                        | DocType::MemorandumOfConversation
                        | DocType::Transcript
                ),
            });
        // A title's `Report` with a body that opens as the record of a
        // meeting (`Fidel Castro's 1977 Southern Africa Tour: A Report to
        // Honecker` over `Minutes of the conversation between …`): the report
        // was given in that meeting, and the record is its minutes.
        if let Some(refined) = refined {
            let rule = if found.value == DocType::Telegram {
                "doc_type.header.ciphered_refines_title"
            } else {
                "doc_type.header.record_refines_title"
            };
            return (Extracted::new(refined.value, rule, refined.evidence), None);
        }
        return (found, None);
    }
    if let Some(found) = header_type(sources.body) {
        return (found, None);
    }
    if let Some(found) = sources.site_type.and_then(from_site_type) {
        return (found, None);
    }
    if let Some(found) = sources.summary.and_then(from_summary) {
        return (found, None);
    }
    if let Some(found) = speaker_turns(sources.body) {
        return (found, None);
    }
    let evidence = match sources.title {
        Some(title) => Evidence::new(TextField::Title, title, 0, 0),
        None => Evidence::new(TextField::Body, sources.body, 0, 0),
    };
    let message = if sources.title.is_some() {
        "no document type named in the title, header lines, site metadata or summary"
    } else {
        "no title, and no document type named in the header lines, site metadata or summary"
    };
    (
        Extracted::new(DocType::Other, "doc_type.fallback.other", evidence),
        Some(Diagnostic::warning("doc_type_unknown", message)),
    )
}

/// Words a line of the body needs to be prose rather than a heading, an
/// address or a list.
const PROSE_WORDS: usize = 20;

/// The last reading of a record that names its type nowhere: one written as
/// prose is a report, the archive's most common kind of narrative record
/// (117 of the 798 hand-read records of `corpus/wilson-dev`, and 20 of the 29
/// untyped ones there that are not instruments), unless its title names an
/// instrument (`Protocol Guiding Cooperation between the Stasi and the KGB`,
/// `Action Plan: …`, `Draft Instructions for …`), which stays `other`. The
/// evidence is the body's first prose line; the diagnostic says the type is
/// a default.
pub(crate) fn prose_report(title: Option<&str>, body: &str) -> Option<(Extracted<DocType>, Diagnostic)> {
    // (Not someone's instrument the paper is about: `… Annexing Palestine to
    // Jordan based on Bernadotte's Plan`.)
    // Nor one a title of action opens on (`Implementation of the CC CPSU
    // Decree 'Measures to …'`, `Fulfilment of the Plan`): the record reports
    // on it.
    let acted_on = title.is_some_and(|title| {
        let mut words = title.split_whitespace();
        let first = words.next().unwrap_or_default().to_lowercase();
        words.next() == Some("of")
            && ["tion", "ment", "ance", "ence"].iter().any(|end| first.ends_with(end))
            && !crate::lexicon::INSTRUMENT_TITLES.contains(first.as_str())
    });
    let instrument = !acted_on
        && title.is_some_and(|title| {
            let mut before = "";
            title.split(' ').any(|raw| {
                let owned = before.ends_with("'s") || before.ends_with("’s") || before.ends_with("s'");
                before = raw;
                !owned
                    && raw
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|word| crate::lexicon::INSTRUMENT_TITLES.contains(word.to_lowercase().as_str()))
            })
        });
    if instrument {
        return None;
    }
    let line = non_empty_lines(body).into_iter().find(|line| line.text.split_whitespace().count() >= PROSE_WORDS)?;
    let evidence = Evidence::new(TextField::Body, body, line.start, line.start + line.text.len());
    let diagnostic = Diagnostic::info(
        "doc_type_default",
        "no document type named in the title, header lines, site metadata or summary; a record in prose is read as a report",
    );
    Some((Extracted::new(DocType::Report, "doc_type.fallback.report_prose", evidence), diagnostic))
}

/// The type named by the title proper, else by its quoted subject.
fn from_title(title: &str) -> Option<Extracted<DocType>> {
    let parts = split_title(title);
    if let Some(found) = best_match(title, parts.core.clone(), "doc_type.title") {
        return Some(found);
    }
    parts.subject.and_then(|subject| best_match(title, subject, "doc_type.title_subject"))
}

/// The specific rule that matches first in list order, else the earliest generic word.
fn best_match(text: &str, range: std::ops::Range<usize>, prefix: &str) -> Option<Extracted<DocType>> {
    let part = without_inclusions(&text[range.clone()]);
    let part = part.as_ref();
    let evidence =
        |m: regex::Match<'_>| Evidence::new(TextField::Title, text, range.start + m.start(), range.start + m.end());
    for rule in SPECIFIC.iter() {
        if let Some(m) = rule.find(part) {
            let name = format!("{prefix}.{}", rule.name);
            return Some(Extracted::new(rule.doc_type, name, evidence(m)));
        }
    }
    let (rule, m) =
        GENERIC.iter().filter_map(|rule| rule.find(part).map(|m| (rule, m))).min_by_key(|(_, m)| m.start())?;
    let name = format!("{prefix}.{}", rule.name);
    Some(Extracted::new(rule.doc_type, name, evidence(m)))
}

/// `part` with what a round bracket says the paper also includes blanked
/// out, offsets kept: `Reports Regarding … Zhivkov’s visit to Cuba … at
/// Bulgarian Communist Party Politburo Session (including excerpts from
/// Zhivkov-Fidel Castro memorandum of conversation)` is a set of reports.
fn without_inclusions(part: &str) -> std::borrow::Cow<'_, str> {
    let mut blanked: Option<String> = None;
    let mut from = 0;
    while let Some(open) = part[from..].find('(').map(|i| from + i) {
        let inner = &part[open + 1..];
        let lower = inner.get(..10).unwrap_or(inner).to_lowercase();
        let close = inner.find(')').map_or(part.len(), |i| open + 1 + i + 1);
        if ["including ", "incl. ", "with "].iter().any(|cue| lower.starts_with(cue)) {
            let text = blanked.get_or_insert_with(|| part.to_owned());
            text.replace_range(open..close, &" ".repeat(close - open));
        }
        from = close.min(part.len());
        if from >= part.len() {
            break;
        }
    }
    blanked.map_or(std::borrow::Cow::Borrowed(part), std::borrow::Cow::Owned)
}

/// The first header line of the body that names a type.
fn header_type(body: &str) -> Option<Extracted<DocType>> {
    for line in non_empty_lines(body).into_iter().take(HEADER_LINES) {
        if conversation_with_day(line.text) {
            let evidence = Evidence::new(TextField::Body, body, line.start, line.start + line.text.len());
            return Some(Extracted::new(
                DocType::MemorandumOfConversation,
                "doc_type.header.conversation_heading",
                evidence,
            ));
        }
        for rule in HEADER.iter() {
            // Only the speech and report lines may be long: a parenthesized
            // preamble ("(Speech given by Deputy Minister Trần Đông at the …
            // Conference)") or a heading sentence ("Report on the visit to …");
            // and an air letter's form line, its columns run together.
            if !matches!(rule.name, "speech" | "report_on" | "minutes_of" | "air_letter")
                && line.text.chars().count() > MAX_HEADING_CHARS
            {
                continue;
            }
            if let Some(m) = rule.find(line.text) {
                let evidence = Evidence::new(TextField::Body, body, line.start + m.start(), line.start + m.end());
                let name = format!("doc_type.header.{}", rule.name);
                return Some(Extracted::new(rule.doc_type, name, evidence));
            }
        }
    }
    None
}

/// `Conversation             June 10, 1944`: the memorandum form's heading
/// word and the day of the talk, alone on the line.
fn conversation_with_day(line: &str) -> bool {
    line.get(..12).is_some_and(|word| word.eq_ignore_ascii_case("conversation"))
        && crate::signature::is_date_line(line[12..].trim_start_matches(',').trim())
}

/// The archive's own `Type` label, read whole.
fn from_site_type(site_type: &Extracted<String>) -> Option<Extracted<DocType>> {
    let doc_type = match site_type.value.trim().to_lowercase().as_str() {
        "cable" => DocType::Cable,
        "telegram" => DocType::Telegram,
        "ciphered telegram" => DocType::CipheredTelegram,
        "memorandum of conversation" => DocType::MemorandumOfConversation,
        "record of conversation" => DocType::RecordOfConversation,
        "letter" => DocType::Letter,
        "minutes" => DocType::Minutes,
        "report" => DocType::Report,
        "speech" => DocType::Speech,
        "note" => DocType::Note,
        "resolution" => DocType::Resolution,
        "transcript" => DocType::Transcript,
        _ => return None,
    };
    Some(Extracted::new(doc_type, "doc_type.site_metadata.type", site_type.evidence))
}

/// How many lines of the body are searched for speaker turns.
const SPEAKER_LINES: usize = 40;

/// A line opened by a speaker's name and a colon: `Comrade` (or `Cde.`) and a
/// name, or a name of one to three words in capitals.
static SPEAKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?:Comrade|Cde\.)\s+(\p{Lu}[\p{L}’'.\-]*(?:\s+\p{Lu}[\p{L}’'.\-]*){0,2})|(\p{Lu}[\p{Lu}’'.\-]+(?:\s+\p{Lu}[\p{Lu}’'.\-]+){0,2})):",
    )
    .expect("valid regex")
});

/// A body whose lines are two or more people's turns (`KHRUSHCHEV: …` /
/// `FANFANI: …`) is a transcript. A name in capitals counts only when none of
/// its words is a common word (`SUBJECT:`, `PARTICIPANTS:` are header labels).
fn speaker_turns(body: &str) -> Option<Extracted<DocType>> {
    let mut speakers: Vec<(&str, usize, usize)> = Vec::new();
    for line in non_empty_lines(body).into_iter().take(SPEAKER_LINES) {
        let Some(caps) = SPEAKER.captures(line.text) else { continue };
        let (name, named) = match (caps.get(1), caps.get(2)) {
            (Some(name), _) => (name, true),
            (None, Some(name)) => (name, false),
            (None, None) => continue,
        };
        let common = name.as_str().split_whitespace().any(|word| {
            let lower = word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
            lower.chars().count() < 3 || crate::lexicon::COMMON_WORDS.contains(lower.as_str())
        });
        if (named || !common) && !speakers.iter().any(|(seen, _, _)| *seen == name.as_str()) {
            speakers.push((name.as_str(), line.start + name.start(), line.start + name.end()));
        }
    }
    if speakers.len() < 2 {
        return None;
    }
    let (_, start, end) = speakers[0];
    let evidence = Evidence::new(TextField::Body, body, start, end);
    Some(Extracted::new(DocType::Transcript, "doc_type.body.speaker_turns", evidence))
}

/// The type named by the summary's first words.
fn from_summary(summary: &str) -> Option<Extracted<DocType>> {
    let caps = SUMMARY_LEAD.captures(summary)?;
    let words = caps.get(1)?;
    let lower = words.as_str().to_lowercase();
    let doc_type = match lower.as_str() {
        "ciphered telegram" => DocType::CipheredTelegram,
        "memorandum of conversation" => DocType::MemorandumOfConversation,
        "speech" => DocType::Speech,
        "cable" => DocType::Cable,
        "telegram" => DocType::Telegram,
        "letter" => DocType::Letter,
        "report" => DocType::Report,
        "transcript" => DocType::Transcript,
        "minutes" => DocType::Minutes,
        "resolution" => DocType::Resolution,
        _ if lower.starts_with("record of") => DocType::RecordOfConversation,
        _ => return None,
    };
    let evidence = Evidence::new(TextField::Summary, summary, words.start(), words.end());
    Some(Extracted::new(doc_type, "doc_type.summary.lead", evidence))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Classifies `title` over `body` and checks the type, the rule and the
    /// evidence text.
    fn check(title: Option<&str>, body: &str, expect: (DocType, &str, &str)) {
        let (got, _) = classify(TypeSources { title, body, ..TypeSources::default() });
        let field_text = if got.evidence.field == TextField::Title { title.unwrap_or_default() } else { body };
        assert_eq!((got.value, got.rule.as_str(), got.evidence.of(field_text)), expect, "{title:?}");
    }

    /// From `world-cm` dvinci__node-99083 (an oral history): an interview's
    /// record is a transcript; an interview inside a longer title is not.
    #[test]
    fn an_interview_is_a_transcript() {
        let title = "Interview with Tzvi Tzur by Boaz Lev Tov at the Rabin Memorial Center, Tel Aviv";
        check(
            Some(title),
            "Interviewer: Boaz Lev Tov",
            (DocType::Transcript, "doc_type.title.interview", "Interview with "),
        );
        check(Some("Notes of an Interview with Zhou Enlai"), "", (DocType::Note, "doc_type.title.note", "Notes"));
    }

    /// From `corpus/wilson-dev/world-s` and `east-europe-s`: a body of speakers'
    /// turns under a title that names no type is a transcript; header labels
    /// are no speakers.
    #[test]
    fn speaker_turns_make_a_transcript() {
        let fanfani = "Fanfani and Segni's Visit to Moscow (August 1961)\n\nKHRUSHCHEV: Mr. President, Minister of Foreign Affairs, members of the delegation, please let me welcome you once again.\n\nFANFANI: I would like to thank you once again for your invitation.";
        check(
            Some("Italian Prime Minister Fanfani's Visit to Moscow, August 1961"),
            fanfani,
            (DocType::Transcript, "doc_type.body.speaker_turns", "KHRUSHCHEV"),
        );
        let kadar = "Strictly confidential!\nPrinted: in 3 copies\nAttended: the members and the alternates of the Central Committee.\n[…]\nComrade Lajos Fehér:\nI welcome all the comrades.\nComrade János Kádár:\nLast week, pursuant to the [HSWP] Political Committee’s decision, I was in Moscow.";
        check(
            Some(
                "Hungarian Socialist Workers Party First Secretary János Kádár’s Account of His Visit to Moscow to the HSWP Central Committee",
            ),
            kadar,
            (DocType::Transcript, "doc_type.body.speaker_turns", "Lajos Fehér"),
        );
        let header = "SUBJECT: Talks\nPARTICIPANTS: the Minister and the Ambassador\nDATE: 3 May\nThe Minister said.";
        check(Some("Visit to Moscow"), header, (DocType::Other, "doc_type.fallback.other", ""));
        let one = "KHRUSHCHEV: Welcome.\nKHRUSHCHEV: Again.";
        check(Some("Visit to Moscow"), one, (DocType::Other, "doc_type.fallback.other", ""));
    }

    /// `east-europe-bw` (the Bulgarian Politburo, 6 June 1989): a title's
    /// `Reports` over a body headed `Stenographic record` is a transcript.
    #[test]
    fn a_stenographic_record_under_a_report_title() {
        check(
            Some("Bulgarian Politburo Discussion on Radio Free Europe Monitoring Reports (excerpt)"),
            "Strictly confidential!\n\nStenographic record\n\nof tHe PolitBuro of tHe Central Committee\n\nTodor Zhivkov:\n\nI asked to meet.",
            (DocType::Transcript, "doc_type.header.record_refines_title", "Stenographic record"),
        );
    }

    /// `east-asia-bw`, da 219916 (Harriman and Stalin, 1944): an American
    /// embassy's form heads the record `Conversation` and the day.
    #[test]
    fn a_conversation_heading_with_its_day() {
        check(
            Some("Situation in China"),
            "Conversation             June 10, 1944\n\nThe Kremlin\n\nPresent: The American Ambassador, Mr. Harriman\n\nSubject: Situation in China",
            (
                DocType::MemorandumOfConversation,
                "doc_type.header.conversation_heading",
                "Conversation             June 10, 1944",
            ),
        );
    }

    /// `world-bv`, da 116443 (1970): what a round bracket says the page also
    /// includes does not name its type.
    /// `east-europe-bz`: a page that opens with another record's summary
    /// (`Report from the Central Committees of Latvia …`) under a party
    /// decree's title: the decree is the body's resolution.
    #[test]
    fn a_decree_is_a_resolution() {
        check(
            Some(
                "CPSU CC Decree of the Secretariat Protocol Nº 158 § 6 Measures to Vigorously Counteract Hostile Radio Propaganda",
            ),
            "Top secret\nCommunist Party of the Soviet Union. Central\nCommittee",
            (DocType::Resolution, "doc_type.title.decree", "Decree"),
        );
        // `east-europe-ca`: a report on a decree's implementation names no
        // type, and the decree it acts on is no instrument of its own.
        let title = "Implementation of the CC CPSU Decree 'Measures to Vigorously Counteract Hostile Radio Propaganda'";
        check(Some(title), "to the CC CPSU", (DocType::Other, "doc_type.fallback.other", ""));
        let prose = "The CC CPSU decree of 19 July 1960 “Measures to Counteract Hostile Radio Propaganda” envisioned organizing the rebroadcast by radio from Moscow.";
        let (found, _) = prose_report(Some(title), &format!("to the CC CPSU\n{prose}")).expect("a prose report");
        assert_eq!((found.value, found.rule.as_str()), (DocType::Report, "doc_type.fallback.report_prose"));
        assert!(prose_report(Some("Protocol Guiding Cooperation between the Stasi and the KGB"), prose).is_none());
    }

    /// `east-asia-cc` (node 105063): an Albanian `Protocol of the
    /// Conversation` is its minutes, as the plural `Protocol of the
    /// Conversations` is, whatever instrument `protocol` names elsewhere.
    #[test]
    fn a_protocol_of_a_conversation_is_its_record() {
        check(
            Some(
                "Protocol of the Conversation between Chairman Mao Zedong during the Reception of the Friendship Delegation of the People’s Republic of Albania, Headed by Shefqet Peçi on 18 December 1967",
            ),
            "",
            (DocType::Minutes, "doc_type.title.meeting_record", "Protocol of the Conversation"),
        );
    }

    #[test]
    fn an_included_excerpt_is_not_the_type() {
        check(
            Some(
                "Reports Regarding Bulgarian leader Todor Zhivkov’s visit to Cuba, July-August 1970, at Bulgarian Communist Party Politburo Session (including excerpts from Zhivkov-Fidel Castro memorandum of conversation)",
            ),
            "",
            (DocType::Report, "doc_type.title.report", "Reports"),
        );
        assert_eq!(without_inclusions("Note (with attachment) to Ulbricht"), "Note                   to Ulbricht");
    }

    /// `east-europe-bd`'s Czechoslovak memorandum (1962): the talk at a meal
    /// the writer gave is a conversation.
    #[test]
    fn a_luncheon_is_a_conversation() {
        check(
            Some(
                "Memorandum of Luncheon Given by Richard Dvoràk, Ambassador of Czechoslovakia to Moscow, for Comrade Ri Song-un [Ri Song Un], Ambassador of the DPRK, on 30 March 1962.",
            ),
            "",
            (DocType::MemorandumOfConversation, "doc_type.title.memorandum_of_conversation", "Memorandum of Luncheon"),
        );
    }

    /// `Summary of a Meeting of Comrade Hermann Axen with the Representative of
    /// the PLO, …` (`corpus/wilson-dev/world-s`) is a conversation; `Summary of
    /// a CC CPSU Meeting` stays a body's minutes.
    #[test]
    fn a_meeting_with_someone_is_a_conversation() {
        check(
            Some(
                "Summary of a Meeting of Comrade Hermann Axen with the Representative of the PLO, Salah Khalaf (Abu Iyad), on 12 July 1983",
            ),
            "",
            (
                DocType::RecordOfConversation,
                "doc_type.title.meeting_with",
                "Summary of a Meeting of Comrade Hermann Axen with",
            ),
        );
        check(
            Some("Summary of a CC CPSU Meeting"),
            "",
            (DocType::Minutes, "doc_type.title.meeting_record", "Summary of a CC CPSU Meeting"),
        );
    }

    /// The `-u` round: `east-asia-u`'s Soviet-Japanese talks (1973), titled
    /// only by the citation, and a Mongolian embassy's record (1981) whose kind
    /// of file stands before the record's kind.
    #[test]
    fn bilateral_talks_and_a_file_kind_before_the_record() {
        check(
            Some("Record of Soviet-Japanese Talks, 9 October 1973"),
            "",
            (
                DocType::RecordOfConversation,
                "doc_type.title.record_of_bilateral_talks",
                "Record of Soviet-Japanese Talks",
            ),
        );
        check(
            Some("Memorandum of Sino-Soviet Negotiations"),
            "",
            (
                DocType::MemorandumOfConversation,
                "doc_type.title.memorandum_of_bilateral_talks",
                "Memorandum of Sino-Soviet Negotiations",
            ),
        );
        let body = "MPR Embassy in the Soviet Union\nMeeting, record of conversation\n\nNovember 16, 1981 Moscow\n\nSino-Soviet trade, 1981\n\nOn November 16, 1981 Embassy counselor Ts. Narkhuu met with the Deputy Head of the USSR MFA.";
        check(
            Some("Sino-Soviet Trade, 1981"),
            body,
            (
                DocType::RecordOfConversation,
                "doc_type.header.record_of_conversation",
                "Meeting, record of conversation",
            ),
        );
    }

    #[test]
    fn a_digest_is_a_report() {
        // east-europe-r da__document-correspondence-digest-no-13691-…
        check(
            Some("Correspondence Digest No. 13691 from New York to Comrade Rapacki"),
            "",
            (DocType::Report, "doc_type.title.digest", "Digest"),
        );
    }

    #[test]
    fn a_dispatch_is_a_letter() {
        // east-europe-q dvinci__document-dispatch-head-communist-party-czechoslovakia-…
        check(
            Some(
                "Dispatch from the Head of the Communist Party of Czechoslovakia (CPCz) Central Committee’s International Relations Department M. Stefanak to the Czechoslovak Embassy in Kabul",
            ),
            "",
            (DocType::Letter, "doc_type.title.dispatch", "Dispatch"),
        );
    }

    #[test]
    fn a_debrief_is_a_report() {
        // east-asia-p da__document-north-asia-department-no-720035-…
        check(
            Some(
                "North Asia Department No. 720035, Summary of [Redacted]'s Debrief on North Korea following his three week visit",
            ),
            "",
            (DocType::Report, "doc_type.title.debrief", "Debrief"),
        );
    }

    #[test]
    fn telephone_messages_and_protocols_of_conversations() {
        // Titles of the -o pages of corpus/wilson-dev.
        check(
            Some("Telephone message via VCh to Cde. Stalin and Cde. Molotov"),
            "",
            (DocType::Telegram, "doc_type.title.telephone_message", "Telephone message"),
        );
        check(
            Some(
                "Protocol of the Conversations Between Comrade Todor Zhivkov - First Secretary of the Central Committee of the BKP and Chairman of the Council of Ministers of the PRB, and Comrade Gustav Husak - First Secretary of the Central Committee of the KSČ",
            ),
            "",
            (DocType::Minutes, "doc_type.title.meeting_record", "Protocol of the Conversations"),
        );
    }

    #[test]
    fn memos_body_discussions_and_topic_titles() {
        // Titles of the -n pages of corpus/wilson-dev.
        check(
            Some(
                "Memo of Meeting Between Bulgarian Deputy Foreign Minister, Maria Zaharieva, and North Korean Ambassador to Bulgaria, Ha Dong-yun",
            ),
            "",
            (DocType::MemorandumOfConversation, "doc_type.title.memorandum_of_conversation", "Memo of Meeting"),
        );
        check(
            Some(
                "Record of Romanian Workers Party Politburo Discussion, 26 June 1963, re Nikita Khrushchev Visit to Romania",
            ),
            "",
            (
                DocType::Minutes,
                "doc_type.title.record_of_body_discussion",
                "Record of Romanian Workers Party Politburo Discussion",
            ),
        );
        check(
            Some("On Recent Yugoslav Foreign Policy (second half of 1954)"),
            "",
            (DocType::Report, "doc_type.title.on_topic", "On R"),
        );
    }

    #[test]
    fn messages_by_their_sender() {
        // Titles of the -m pages of corpus/wilson-dev.
        check(
            Some("Code Message No. 961 from Ambassador Gajewski in Paris to Ogrodziński"),
            "",
            (DocType::CipheredTelegram, "doc_type.title.ciphered_telegram", "Code Message"),
        );
        check(
            Some("Message from Yugolav Embassy Addis Ababa, 'The Soviet Ambassador on the Ethiopian-Soviet Relations'"),
            "",
            (DocType::Telegram, "doc_type.title.mission_message", "Message from Yugolav Embassy"),
        );
        check(
            Some("Message from Prime Minister Ahmad Qavam to Ambassador Sadchikov about Joint Oil Company"),
            "",
            (DocType::Letter, "doc_type.title.message", "Message"),
        );
    }

    /// world-w titles (2026-12-05 round): a conversation named with `of`,
    /// minutes called `Meeting Minutes`, a body's meeting after a dash, an
    /// aide-mémoire.
    #[test]
    fn conversations_of_meeting_minutes_and_aide_memoires() {
        check(
            Some(
                "Conversation of Cde. N. S. Khrushchev and acting United Nations Secretary General U Thant, 28 August 1962",
            ),
            "",
            (DocType::RecordOfConversation, "doc_type.title.conversation_between", "Conversation of"),
        );
        // world-z dvinci__document-conversation-mao-zedongs-audience-…
        check(
            Some(
                "Conversation from [Mao Zedong's] Audience with Former President Árbenz of Guatemala and His Wife [Mrs. Árbenz]",
            ),
            "",
            (DocType::RecordOfConversation, "doc_type.title.conversation_between", "Conversation from"),
        );
        // east-asia-v, Mao with the CPSU delegation (1956): records, plural.
        check(
            Some(
                "Conversation records between Chairman Mao Zedong and the Soviet Communist Party Delegation, 18 September 1956",
            ),
            "",
            (DocType::RecordOfConversation, "doc_type.title.conversation_between", "Conversation records"),
        );
        check(
            Some(
                "Meeting Minutes, Council of Ministers of the Netherlands, 'Talks Regarding a Multilateral Nuclear Force'",
            ),
            "",
            (DocType::Minutes, "doc_type.title.minutes", "Meeting Minutes"),
        );
        check(
            Some(
                "Brazilian Foreign Policy toward the Cuban Issue - Secret Foreign Ministry Conclave - Meeting of the Planning Commission on Subjects Related to the VIII Consultative Meeting of the OAS",
            ),
            "",
            (DocType::Minutes, "doc_type.title.meeting_record", " - Meeting of the"),
        );
        check(
            Some("Aide Mémoire, 'Sale of 5 Tons of Uranium to Brazil'"),
            "",
            (DocType::Memorandum, "doc_type.title.memorandum", "Aide Mémoire"),
        );
    }

    #[test]
    fn specific_phrases_beat_generic_words() {
        check(
            Some("Ciphered Telegram No. 709, Filippov [Stalin] to Krasovsky, for Mao Zedong"),
            "",
            (DocType::CipheredTelegram, "doc_type.title.ciphered_telegram", "Ciphered Telegram"),
        );
        check(
            Some("Secret Telegram from Maneli (Saigon) to Spasowski (Warsaw) [Ciphergram No. 7237]"),
            "",
            (DocType::CipheredTelegram, "doc_type.title.ciphered_telegram", "Ciphergram"),
        );
        check(
            Some("Record of Meeting between Prime Minister Fukuda and Vice Premier Deng (First Meeting)"),
            "",
            (DocType::RecordOfConversation, "doc_type.title.record_of_conversation", "Record of Meeting"),
        );
        check(
            Some(
                "Excerpts from Tsedenbal's diary on his conversation with Soviet leader Anastas Mikoyan on Soviet Economic Cooperation and Aid to the People's Republic of Mongolia (Fragments)",
            ),
            "",
            (DocType::Diary, "doc_type.title.diary", "diary"),
        );
        // Title forms of corpus/wilson-dev, each from a real record.
        let cases: [(&str, DocType, &str); 32] = [
            // corpus/wilson-dev/east-europe-e da__document-134364
            ("Bierut's Telephone Conversation with Stalin", DocType::RecordOfConversation, "named_conversation"),
            // world-g da__document-chancellors-helmut-kohls-meeting-canadian-prime-minister-brian-mulroney-…
            (
                "The Chancellor's [Helmut Kohl's] Meeting with Canadian Prime Minister Brian Mulroney, Bonn, 13 June 1991",
                DocType::RecordOfConversation,
                "named_conversation",
            ),
            // east-asia-c dvinci__document-record-premier-zhou-and-vice-premier-chen-yis-third-conversation-subandrio
            (
                "Record of Premier Zhou and Vice Premier Chen Yi's Third Conversation with Subandrio",
                DocType::RecordOfConversation,
                "record_of_named_conversation",
            ),
            (
                "Diary of Soviet Ambassador P.F. Yudin, Memorandum of Conversation with Liu Shaoqi of 30 October 1956",
                DocType::MemorandumOfConversation,
                "memorandum_of_conversation",
            ),
            (
                "From the Diary of V. A. Zorin: Record of Conversation with Z. Firlinger on the Question of Preparing for the Armistice Negotiations with Hungary",
                DocType::RecordOfConversation,
                "record_of_conversation",
            ),
            ("Journal of Soviet Ambassador in the DPRK A.M. Puzanov for 16 June 1960", DocType::Diary, "diary"),
            // east-europe-aw dvinci__node-96418: a notepad kept as a diary.
            ("Notepad of Teimuraz Stepanov-Mamaladze, 16 May 1989", DocType::Diary, "diary"),
            (
                "Memorandum of Chairman Mao Zedong’s Conversation with Prince Sihanouk",
                DocType::MemorandumOfConversation,
                "memorandum_of_named_conversation",
            ),
            (
                "Record of Premier Zhou’s Talk with Prime Minister Pham Van Dong",
                DocType::RecordOfConversation,
                "record_of_named_conversation",
            ),
            (
                "Conversation Record of Chairman Mao Zedong’s Meeting with Pol Pot, Secretary of the Central Committee of the Communist Party of Kampuchea",
                DocType::RecordOfConversation,
                "record_of_named_conversation",
            ),
            (
                "Discussion between Zhou Enlai, Chen Yi and Nguyen Duy Trinh",
                DocType::RecordOfConversation,
                "conversation_between",
            ),
            // east-europe-y dvinci (1967), world-c da (Soviet-Indian talks): two
            // sides' talks as the title's first words.
            ("Polish-Soviet Talks in Lansk: January 18, 1967", DocType::RecordOfConversation, "bilateral_talks"),
            ("Soviet-Indian Talks (Conclusion)", DocType::RecordOfConversation, "bilateral_talks"),
            // east-europe-ah docslib 2898397 (1989): talks qualified as official.
            (
                "Official talks between Todor Zhivkov and Andreas Papandreou, Prime Minister of Greece",
                DocType::RecordOfConversation,
                "conversation_between",
            ),
            (
                "Protocol No. 002/81 of the Meeting of the Committee for the Defense of the Homeland",
                DocType::Minutes,
                "meeting_record",
            ),
            ("Summary of a CC CPSU Meeting", DocType::Minutes, "meeting_record"),
            // east-europe-bq and east-asia-bq (1974, 1954).
            (
                "Stenographic Protocol of the Meeting between Todor Zhivkov and Raul Castro Rus",
                DocType::Minutes,
                "meeting_record",
            ),
            (
                "Minutes, Meeting between Zhou Enlai and the Australian Minister for External Affairs, Richard Casey (Summary)",
                DocType::Minutes,
                "minutes",
            ),
            // east-asia-aw dvinci__document-preliminary-conference-…: a liaison
            // contact's record, its speakers `North:` and `South:`.
            ("Preliminary Conference between Delegates of North and South Korea", DocType::Minutes, "meeting_record"),
            // east-asia-at: `preliminary` before the encounter.
            (
                "Preliminary Discussion between North and South Korea at the Freedom House in Panmunjeom on Official Visits",
                DocType::RecordOfConversation,
                "conversation_between",
            ),
            // world-v dvinci__document-record-protocol-no-147-…: an extract
            // from a Politburo session's protocol.
            (
                "Record from Protocol No. 147 of the Meeting of the Politburo of the CC CPSU, Supplying Arms to Angola",
                DocType::Minutes,
                "meeting_record",
            ),
            // east-asia-am and east-europe (Bodnaras): a reception named by its verb.
            (
                "Comrade Zhou Enlai, Comrade Peng Zhen Receive Tran Tu Binh, Vietnam’s Ambassador to China; Nesti Nase, Albania’s Ambassador to China",
                DocType::RecordOfConversation,
                "receives",
            ),
            // world-ax, notes of the German Federal Chancellery (1990, 1992).
            (
                "The Chancellor's [Helmut Kohl's] Breakfast Meeting with President Mitterrand on Wednesday, 21 November 1990 in Paris for the Occasion of the CSCE Summit",
                DocType::RecordOfConversation,
                "named_conversation",
            ),
            (
                "One-on-one talks between Minister of State Schmidbauer and Minister of Security Fallahian",
                DocType::RecordOfConversation,
                "conversation_between",
            ),
            // world-bb, a British minute (1953).
            (
                "Minute from Selwyn Lloyd to Winston Churchill, Reflecting British Perspectives on the Berlin Uprising",
                DocType::Memorandum,
                "minute",
            ),
            // east-asia-ba da__document-121231, the Japanese record of 1972.
            (
                "Informal Talks between Foreign Minister Ohira and Foreign Minister Ji Pengfei",
                DocType::RecordOfConversation,
                "conversation_between",
            ),
            // Not a paper's quoted headline, nor what was received from someone.
            ("Cable from Qiang Xiaochu, 'Premier Kim Received the Study Delegation'", DocType::Cable, "cable"),
            ("Note on Information Received From the Hungarian Embassy", DocType::Note, "note"),
            ("Cable from Qiang Xiaochu, Premier Kim Received the Study Delegation", DocType::Cable, "cable"),
            ("Information Received Concerning the Hungarian Events", DocType::Report, "information"),
            (
                "Protocol number 62 of the Israeli Foreign Affairs and Defense Committee, Friday, May 26, 1967 at 4 pm, in The Kirya, Tel Aviv",
                DocType::Minutes,
                "meeting_record",
            ),
            (
                "Memorandum No 294/85 from Ambassador Saracho to the Secretary of State Jorge Sábato, 'Cooperation with Brazil on Peaceful Uses of Nuclear Energy'",
                DocType::Memorandum,
                "memorandum",
            ),
        ];
        for (title, doc_type, rule) in cases {
            let (got, _) = classify(TypeSources { title: Some(title), ..TypeSources::default() });
            assert_eq!(
                (got.value, got.rule.as_str()),
                (doc_type, format!("doc_type.title.{rule}").as_str()),
                "{title}"
            );
        }
        check(
            Some("Telegram, Gromyko to Cde. I.V. Stalin, Transmitting Letter from Kim Il Sung"),
            "",
            (DocType::Telegram, "doc_type.title.telegram", "Telegram"),
        );
    }

    #[test]
    fn an_information_note_is_a_note() {
        // east-asia-ag da__document-information-note-international-olympic-committee-….
        check(
            Some(
                "Information Note from the International Olympic Committee (IOC)’s Vice President to the IOC President with a copy of the party manifesto on the 1988 Olympic games by the North Korean Communist Party",
            ),
            "",
            (DocType::Note, "doc_type.title.information_note", "Information Note"),
        );
    }

    #[test]
    fn conversations_and_sessions_named_other_ways() {
        // The -au round: east-asia-au (a Chinese record, 1965; a Mongolian
        // one, 1972), east-europe-au (a Soviet record, 1962), world-au (a
        // captured Iraqi recording, 1991).
        check(
            Some("Zhou Enlai Talking to Ho Chi Minh"),
            "",
            (DocType::RecordOfConversation, "doc_type.title.talking_to", "Zhou Enlai Talking to"),
        );
        check(
            Some("Protocols of the Talks between the Mongolian and the North Korean Government Delegations"),
            "",
            (DocType::Minutes, "doc_type.title.meeting_record", "Protocols of the Talks"),
        );
        check(
            Some(
                "Soviet Record of 1 November1962 Dinner conversation between CPSU CC Politburo Member A.I. Mikoyan and White House envoy John McCloy and US Ambassador to the UN Adlai Stevenson",
            ),
            "",
            (
                DocType::RecordOfConversation,
                "doc_type.title.record_of_dated_conversation",
                "Record of 1 November1962 Dinner conversation between",
            ),
        );
        check(
            Some("Iraq Revolutionary Command Council Meeting about Coalition Operations Against Iraq"),
            "",
            (DocType::Minutes, "doc_type.title.meeting_record", "Iraq Revolutionary Command Council Meeting about"),
        );
    }

    #[test]
    fn a_notice_is_a_note() {
        // world-ad, an Irish circular (1965), and east-asia-ag, a Chinese
        // party notice (1955).
        check(
            Some("Notice from First Secretary Eoin MacWhite To All Irish Diplomatic Missions (Except Washington)"),
            "",
            (DocType::Note, "doc_type.title.notice", "Notice from"),
        );
        check(
            Some("Notice on Strengthening Party, Group Members’ and Cadres’ Connections to Chinese Internationals"),
            "",
            (DocType::Note, "doc_type.title.notice", "Notice on"),
        );
    }

    #[test]
    fn quoted_subject_does_not_decide() {
        check(
            Some("Cable from the Chinese Foreign Ministry, 'Notes for Comrade Xu Huang'"),
            "",
            (DocType::Cable, "doc_type.title.cable", "Cable"),
        );
        check(
            Some(
                "CSSR Ministry of Foreign Affairs, 'Information: The Most Recent Developments in the Chinese People’s Republic and the CSSR-Chinese Relations'",
            ),
            "",
            (DocType::Report, "doc_type.title_subject.information", "Information"),
        );
    }

    #[test]
    fn body_header_lines_decide_or_refine() {
        // dvinci__node-97992: the title says Telegram, the header says it was ciphered.
        check(
            Some("Telegram from the Hungarian Embassy in Pyongyang, 'The Korean Workers’ Party’s 6th Congress'"),
            "PYONGYANG, 08. 09. 10.\n\nTOP SECRET!\n\nCreated by Un 15.00\n\nCIPHER TELEGRAM\n\nSubject: The Korean Workers’ Party’s 6th Congress",
            (DocType::CipheredTelegram, "doc_type.header.ciphered_refines_title", "CIPHER TELEGRAM"),
        );
        // world-j da__document-wilhelm-grewe-…: an author-and-subject title; the
        // form's header line names an encrypted telegram.
        check(
            Some("Wilhelm Grewe, 'Consequences of a potential German non-signing of the NP Treaty'"),
            "Foreign Office\n\nCopies: 1-5\n\nWritten Report - Telegram (encrypted) zb 6-1 confidential-diary no. 15304/68\n\nFrom: Brussels (NATOGERMA[1])",
            (DocType::CipheredTelegram, "doc_type.header.ciphered_telegram_form", "Telegram (encrypted)"),
        );
        // east-europe-bc, the Czechoslovak embassy in La Paz (1964): a title
        // that names no type, an air letter's form.
        check(
            Some("Czechoslovak Embassy in La Paz to Central Committee of the Communist Party of Czechoslovakia"),
            "Air letter sent 11 May 1964 from La Paz                                     Reg. No. SP: 5345 Šu\n\nArrived: 18 May 1964 16.00",
            (DocType::Letter, "doc_type.header.air_letter", "Air letter"),
        );
        // da__document-tran-dong-…: no type in the title; the preamble names a speech.
        check(
            Some(
                "Trần Đông, 'Key Issues in the Struggle against Chinese Spies and American Spies and in the Struggle against the Enemy’s Ideological Attacks' [Excerpts]",
            ),
            "[Page 1]\n\nKey Issues in the Struggle against Chinese Spies and American Spies and in the Struggle against the Enemy’s Ideological Attacks\n\n(Speech given by Deputy Minister Trần Đông [Tran Dong] at the 12 to 15 December 1980 Conference of Leading Cadres from Throughout Our Service on Three Specialized Subjects)",
            (DocType::Speech, "doc_type.header.speech", "(Speech given by"),
        );
        // corpus/wilson-dev/world dvinci__document-raul-diaz-argielles-…: a title
        // that names no type, a body that opens by naming a report.
        check(
            Some("Raúl Díaz Argíelles to the Cuban Armed Forces Minister [Raúl Castro]"),
            "Report on the visit to Angola and on the conversations held with Agostinho Neto, president of the MPLA, and the Political Bureau of the MPLA, as well as with other leaders\n\n1. We arrived at Luanda",
            (DocType::Report, "doc_type.header.report_on", "Report on the"),
        );
        // world-x da__document-fidel-castros-1977-southern-africa-tour-…: the
        // report was Castro's, given in the meeting the body records.
        check(
            Some("Fidel Castro's 1977 Southern Africa Tour: A Report to Honecker (excerpt)"),
            "Minutes of the conversation between Comrade Erich Honecker and Comrade Fidel Castro, Sunday,\n3 April 1977 between 11:00 and 13:30 and 15:45 and 18:00, House of the Central Committee, Berlin.",
            (DocType::Minutes, "doc_type.header.record_refines_title", "Minutes of the conversation between"),
        );
        // world-x docslib__doc-9812573: a diary's memorandum `from` conversations.
        check(
            Some("Indira ’s Unofficial Visit to USSR in July 1953"),
            "English Translation From the Diary of Secret Copy # 1\n\nVOKS Board Member 1 August 1953\n\nL. D. Kislova\n\nMemorandum from Conversations\n\nWith the daughter of the , INDIRA GANDHI",
            (
                DocType::MemorandumOfConversation,
                "doc_type.header.memorandum_of_conversation",
                "Memorandum from Conversations",
            ),
        );
        check(
            None,
            "Dear Comrade Nikita Sergeevich!\n\nThrough the Extraordinary Plenipotentiary Ambassador",
            (DocType::Letter, "doc_type.header.salutation", "Dear "),
        );
    }

    #[test]
    fn a_meeting_of_one_person_with_another_and_a_cipher() {
        // world-ac dvinci node 107260 (a German chancellery note, 1992).
        check(
            Some(
                "Meeting of ChefBK, Federal Minster Bohl, with Chile’s Special Envoy Holger, Monday, 22 June 1992, 16:00-16:45 Hours",
            ),
            "Vermerk",
            (
                DocType::RecordOfConversation,
                "doc_type.title.meeting_with",
                "Meeting of ChefBK, Federal Minster Bohl, with",
            ),
        );
        // world-ac da 112503: sent by the KGB's cipher.
        check(
            Some("Top Secret Attachment, by KGB cipher Kabul"),
            "When you next meet K. Babrak and N. Taraki give them the following.",
            (DocType::CipheredTelegram, "doc_type.title.ciphered_telegram", "by KGB cipher"),
        );
    }

    #[test]
    fn summary_and_fallback() {
        let summary = "Speech by Comrade B (Le Duan) regarding the plot of reactionary Chinese clique against Vietnam.";
        let (got, diagnostic) = classify(TypeSources {
            title: Some("Comrade B on the Plot of the Reactionary Chinese Clique Against Vietnam"),
            summary: Some(summary),
            ..TypeSources::default()
        });
        assert_eq!(got.evidence.field, TextField::Summary);
        assert_eq!(
            (got.value, got.rule.as_str(), got.evidence.of(summary)),
            (DocType::Speech, "doc_type.summary.lead", "Speech")
        );
        assert!(diagnostic.is_none());

        let (got, diagnostic) = classify(TypeSources {
            title: Some("Comrade B on the Plot of the Reactionary Chinese Clique Against Vietnam"),
            ..TypeSources::default()
        });
        assert_eq!(got.value, DocType::Other);
        assert_eq!(diagnostic.map(|d| d.code), Some("doc_type_unknown".to_owned()));
    }

    /// world-q's `Communist Activity` (Chehab collection, 1950) names no type
    /// anywhere and is prose: a report. east-europe's `Protocol Guiding
    /// Cooperation between the Stasi and the KGB, 1978` is an instrument: it
    /// stays `other`. A body of headings alone is no prose.
    #[test]
    fn an_untyped_record_in_prose_is_a_report() {
        let body = "Communist Activity\n\nWe recently pointed out the decision by the Communist Parties to distance Mr. Rashad Al-Issa and [illegible] and to expel them from communism.";
        let (got, diagnostic) = prose_report(Some("Communist Activity"), body).expect("prose");
        assert_eq!(
            (got.value, got.rule.as_str(), got.evidence.of(body)),
            (
                DocType::Report,
                "doc_type.fallback.report_prose",
                "We recently pointed out the decision by the Communist Parties to distance Mr. Rashad Al-Issa and [illegible] and to expel them from communism."
            )
        );
        assert_eq!(diagnostic.code, "doc_type_default");

        let body = "Strictly Confidential!\nP r o t o c o l\nOn Guiding Cooperation\nIn accordance with the Agreement of Cooperation between the Ministry for State Security of the GDR and the Committee for State Security with the Council of Ministers of the USSR (in the following called “Agreement of Cooperation”), the Ministry for State Security of the GDR and the Committee for";
        assert!(prose_report(Some("Protocol Guiding Cooperation between the Stasi and the KGB, 1978"), body).is_none());
        let headings = "Strictly Confidential!\nP r o t o c o l\nOn Guiding Cooperation";
        assert!(prose_report(Some("Visit to Moscow"), headings).is_none());
        // world-bw, da 176072 (1948): someone's plan is the paper's topic.
        let title = "The Iraqi Parliamentary Delegation's Visit to Jordan and Syria, and King Abdullah’s Attempts at Annexing Palestine to Jordan based on Bernadotte's Plan";
        assert!(prose_report(Some(title), body).is_some());
        // `Action Memoranda` names memoranda (east-europe, 1945).
        check(
            Some("Polish Ministry of State Security Action Memoranda, to Regional Branches"),
            "",
            (DocType::Memorandum, "doc_type.title.memorandum", "Memoranda"),
        );
    }

    /// From `corpus/wilson-dev/east-asia-aj`: a record named by what was
    /// negotiated.
    #[test]
    fn records_of_negotiations() {
        check(
            Some(
                "Record of a Preparatory Negotiation on a Joint Statement between the Head of Division of the North Korean Foreign Ministry and the Representative of the Mongolian People’s Republic",
            ),
            "",
            (
                DocType::RecordOfConversation,
                "doc_type.title.record_of_negotiation",
                "Record of a Preparatory Negotiation",
            ),
        );
        // `world-ak`: an abstract of a conversation.
        check(
            Some("Abstract of Conversation: Vice-Minister Zhang Receives Indian Ambassador Nehru"),
            "",
            (DocType::RecordOfConversation, "doc_type.title.account_of_conversation", "Abstract of Conversation"),
        );
    }

    /// From `corpus/wilson-dev/east-asia-ai`, `east-europe-ai` and
    /// `east-europe-c`: numbered minutes, a cipher's number as its heading,
    /// and the record of a body's own session.
    #[test]
    fn numbered_minutes_ciphers_and_sessions() {
        check(
            Some("Excerpt on Xinjiang from Minutes No. 57 of the VKP(b) CC Politburo Meetings"),
            "",
            (DocType::Minutes, "doc_type.title.minutes", "Minutes No. 57 of"),
        );
        check(
            Some("Cipher No. 6247"),
            "",
            (DocType::CipheredTelegram, "doc_type.title.ciphered_telegram", "Cipher No. 6"),
        );
        check(
            Some(
                "Record of the Meeting of the Executive Committee of the CC of the RCP concerning the Situation in Czechoslovakia",
            ),
            "",
            (DocType::Minutes, "doc_type.title.record_of_session", "Record of the Meeting of the Executive Committee"),
        );
        check(
            Some("Record of the Meeting between Zhou Enlai and Pham Van Dong"),
            "",
            (DocType::RecordOfConversation, "doc_type.title.record_of_conversation", "Record of the Meeting"),
        );
        // east-asia-ap da__document-general-meeting-prime-minister-and-vice-
        // premier-deng-summary-record (1979): the meeting opens the title.
        check(
            Some("General Meeting of Prime Minister and Vice Premier Deng (Summary Record)"),
            "",
            (DocType::Minutes, "doc_type.title.meeting_record", "General Meeting of"),
        );
    }
}
