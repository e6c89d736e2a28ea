//! Parses every real Wilson Center page in `corpus/wilson` and checks the result
//! against expectations read off the files by hand, against corpus/wilson-manifest.tsv's
//! `complete` column, and against the invariants every parsed document keeps
//! (evidence slices the source, the body is an exact source slice, nothing the
//! parser dropped overlaps the body).

use std::collections::BTreeSet;
use std::path::Path;

use dossier_model::{Extracted, Layout, ParsedDoc, RawInput};
use dossier_parse::{Config, parse};

/// The corpus directory, relative to this crate.
const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus/wilson");

/// What one corpus file must parse to, as read from the file itself.
struct Expect {
    /// File name inside the corpus directory.
    file: &'static str,
    /// The layout the page is in.
    layout: Layout,
    /// The date line as printed, or `None` when the page has none.
    date_line: Option<&'static str>,
    /// The title as printed.
    title: Option<&'static str>,
    /// The archival reference, or `None` when the page (as stored) shows none.
    archival_ref: Option<&'static str>,
}

use Layout::{CurrentSite, CurrentSiteWithValues, Dvinci, OldSite, PdfExport, SummaryFirst};

/// One row per corpus file.
const EXPECTED: &[Expect] = &[
    Expect {
        file: "da__document-110206.txt",
        layout: SummaryFirst,
        date_line: Some("August 01, 1961"),
        title: Some("Notes on the Conversation of Comrade N.S. Khrushchev with Comrade W. Ulbricht on 1 August 1961"),
        archival_ref: None,
    },
    Expect {
        file: "da__document-112046.txt",
        layout: CurrentSite,
        date_line: Some("March 24, 1950"),
        title: Some("Telegram, Shtykov to Vyshinskyy"),
        archival_ref: Some(
            "APRF, Listy 146-147, Fond and Opis not given; and AVPRF, Fond 059a, Opis 5a, Delo 3, Papka 11, Listy 96-97",
        ),
    },
    Expect {
        file: "da__document-112982.txt",
        layout: OldSite,
        date_line: None,
        title: Some("Comrade B on the Plot of the Reactionary Chinese Clique Against Vietnam"),
        archival_ref: Some("People's Army Library, Hanoi"),
    },
    Expect {
        file: "da__document-113203.txt",
        layout: OldSite,
        date_line: Some("March 04, 1953"),
        title: Some("Report, Legation of Hungary in North Korea to the Hungarian Foreign Ministry"),
        archival_ref: Some("MOL, XIX-J-1-j-Korea-11/f-00828/1953 8.d."),
    },
    Expect {
        file: "da__document-113779.txt",
        layout: OldSite,
        date_line: Some("July 17, 1948"),
        title: Some("Cable, Terebin to Stalin [via Kuznetsov]"),
        archival_ref: Some("APRF: F. 39, Op. 1, D. 31, Ll. 39-40"),
    },
    Expect {
        file: "da__document-114062.txt",
        layout: OldSite,
        date_line: Some("June 07, 1973"),
        title: Some("Telegram from Washington, DC, No.084.504, Urgent, SECRET"),
        archival_ref: Some(
            "Romanian Ministry of Foreign Affairs Archives, Matter 210, 1973, Democratic People’s Republic of Korea, Secret, MFA, Folder no. 1495. The Support Romania Granted the DPRK with Relaying a Message towards the USA (April 9th – June 28th 1973)",
        ),
    },
    Expect {
        file: "da__document-115088.txt",
        layout: CurrentSite,
        date_line: Some("November 10, 1962"),
        title: Some(
            "Cable from the Chinese Embassy to the Soviet Union, 'A Report of the Speech Given By the Chief Editor of the Soviet Weekly Za Rubezhom'",
        ),
        archival_ref: None,
    },
    Expect {
        file: "da__document-117707.txt",
        layout: OldSite,
        date_line: Some("September 10, 1964"),
        title: Some("Note on a Conversation by Tarka, Jurgas and Milc at the Soviet Embassy in Hanoi [Excerpts]"),
        archival_ref: Some(
            "Archiwum Ministerstwa Spraw Zagranicznych (Archive of the Ministry for Foreign Affairs; AMSZ), Warsaw, Poland, zespol 24/71, wiazka 2, teczka D. II Wietnam 2421, 2-4",
        ),
    },
    Expect {
        file: "da__document-118915.txt",
        layout: OldSite,
        date_line: Some("March 11, 1963"),
        title: Some("Secret Telegram from Maneli (Hanoi) to Spasowski-Morski (Warsaw) [Ciphergram No. 3175]"),
        archival_ref: Some("AMSZ, Warsaw, 6/77, 1963: w-96, t-1368"),
    },
    Expect {
        file: "da__document-119547.txt",
        layout: OldSite,
        date_line: Some("March 24, 1984"),
        title: Some(
            "Cable from Ambassador Katori to the Foreign Minister, 'Prime Minister Visit to China (Summit Meeting – Bilateral Relations)'",
        ),
        archival_ref: Some("2002-113, Act on Access to Information Held by Administrative Organs"),
    },
    Expect {
        file: "da__document-119957.txt",
        layout: CurrentSite,
        date_line: Some("March 5, 1965"),
        title: Some(
            "Cable from the Division of Soviet and East European Affairs to the Chinese Embassy in the Soviet Union",
        ),
        archival_ref: Some("PRC FMA 109-03984-02, 7-8"),
    },
    Expect {
        file: "da__document-145009-pdf-v-c2eba9aca06e0dc8a4150c69e4a5ff8e.txt",
        layout: CurrentSite,
        date_line: Some("October 14, 1960"),
        title: Some(
            "Cable from the Chinese Foreign Ministry, 'Response on Our Attitude toward Khrushchev's Remarks at the 15th UNGA'",
        ),
        archival_ref: None,
    },
    Expect {
        file: "da__document-155255.txt",
        layout: OldSite,
        date_line: Some("December 27, 1961"),
        title: Some("Cable from the Chinese Embassy in North Korea, 'Premier Kim’s Son on Soviet-Albanian Relations'"),
        archival_ref: Some("PRC FMA 106-00579-16, 58-59"),
    },
    Expect {
        file: "da__document-cable-ambassador-katori-foreign-minister-prime-minister-visit-china-conversation-chairman.txt",
        layout: CurrentSite,
        date_line: Some("March 25, 1984"),
        title: Some(
            "Cable from Ambassador Katori to the Foreign Minister, 'Prime Minister Visit to China (Conversation with Chairman Deng Xiaoping)'",
        ),
        archival_ref: None,
    },
    Expect {
        file: "da__document-cable-chinese-embassy-vietnam-xuan-thuy-discusses-chairman-hos-unpublished-approval-de.txt",
        layout: CurrentSite,
        date_line: Some("November 15, 1963"),
        title: Some(
            "Cable from the Chinese Embassy in Vietnam, 'Xuan Thuy discusses Chairman Ho's Unpublished Approval of de Gaulle's Suggestion'",
        ),
        archival_ref: None,
    },
    Expect {
        file: "da__document-cable-chinese-foreign-ministry-please-report-situation-investigation-automobiles-soviet.txt",
        layout: CurrentSite,
        date_line: Some("July 9, 1962"),
        title: Some(
            "Cable from the Chinese Foreign Ministry, 'Please Report on the Situation of the Investigation of the Automobiles of the Soviet Consulates'",
        ),
        archival_ref: Some("PRC FMA 118-01082-04, 60"),
    },
    Expect {
        file: "da__document-cable-foreign-ministry-notice-holding-vice-foreign-minister-level-talks-between-china-and.txt",
        layout: CurrentSite,
        date_line: Some("April 16, 1979"),
        title: Some(
            "Cable from the Foreign Ministry, 'Notice on Holding Vice Foreign Minister Level Talks Between China and Vietnam'",
        ),
        archival_ref: None,
    },
    Expect {
        file: "da__document-cable-no-3026-foreign-minister-ambassador-nakae-prime-ministers-visit-china-meeting.txt",
        layout: CurrentSite,
        date_line: Some("November 10, 1986"),
        title: Some(
            "Cable No. 3026, Foreign Minister to Ambassador Nakae, 'The Prime Minister’s Visit to China (The Meeting with Chairman Deng - on World Affairs)'",
        ),
        archival_ref: None,
    },
    Expect {
        file: "da__document-excerpts-tsedenbals-diary-his-conversation-soviet-leader-anastas-mikoyan-soviet-economic.txt",
        layout: CurrentSite,
        date_line: Some("February 24, 1956"),
        title: Some(
            "Excerpts from Tsedenbal's diary on his conversation with Soviet leader Anastas Mikoyan on Soviet Economic Cooperation and Aid to the People's Republic of Mongolia (Fragments)",
        ),
        archival_ref: None,
    },
    Expect {
        file: "da__document-information-regarding-working-conditions-bulgarian-embassy-pyongyang.txt",
        layout: CurrentSite,
        date_line: Some("March 22, 1962"),
        title: Some("Information Regarding the Working Conditions in the Bulgarian Embassy in Pyongyang"),
        archival_ref: None,
    },
    Expect {
        file: "da__document-letter-ulbricht-khrushchev-0.txt",
        layout: CurrentSite,
        date_line: Some("June 1961"),
        title: Some("Letter from Ulbricht to Khrushchev"),
        archival_ref: None,
    },
    Expect {
        file: "da__document-political-report-no12-embassy-czechoslovak-socialist-republic-peking.txt",
        layout: CurrentSite,
        date_line: Some("July 8, 1968"),
        title: Some("Political Report No.12 from the Embassy of the Czechoslovak Socialist Republic, Peking"),
        archival_ref: None,
    },
    Expect {
        file: "da__document-reception-soviet-vice-foreign-minister-v-v-kuznetsov-general-director-polish-foreign.txt",
        layout: CurrentSite,
        date_line: Some("January 24, 1966"),
        title: Some(
            "Reception by Soviet Vice Foreign Minister V. V. Kuznetsov for the General Director of the Polish Foreign Ministry, Cde. Jerzy Michalowski",
        ),
        archival_ref: None,
    },
    Expect {
        file: "da__document-record-meeting-between-prime-minister-fukuda-and-vice-premier-deng-first-meeting.txt",
        layout: CurrentSite,
        date_line: Some("October 23, 1978"),
        title: Some("Record of Meeting between Prime Minister Fukuda and Vice Premier Deng (First Meeting)"),
        archival_ref: None,
    },
    Expect {
        file: "da__document-report-embassy-hungary-north-korea-hungarian-foreign-ministry-66.txt",
        layout: CurrentSite,
        date_line: Some("November 27, 1974"),
        title: Some("Report, Embassy of Hungary in North Korea to the Hungarian Foreign Ministry"),
        archival_ref: None,
    },
    Expect {
        file: "da__document-report-szuts-pal-visit-korean-first-secretary-kim-yun-gil.txt",
        layout: CurrentSite,
        date_line: Some("September 6, 1972"),
        title: Some("Report from Szüts Pál, 'The visit of Korean first secretary Kim Yun-gil'"),
        archival_ref: None,
    },
    Expect {
        file: "da__document-resolution-policy-guidelines-and-missions-struggle-against-american-spies-new-situation.txt",
        layout: CurrentSite,
        date_line: Some("December 15, 1980"),
        title: Some(
            "Resolution on Policy Guidelines and Missions for the Struggle against American Spies in the New Situation",
        ),
        archival_ref: None,
    },
    Expect {
        file: "da__document-secret-telegram-maneli-saigon-spasowski-warsaw-ciphergram-no-7237.txt",
        layout: Dvinci,
        date_line: Some("May 29, 1963"),
        title: Some("Secret Telegram from Maneli (Saigon) to Spasowski (Warsaw) [Ciphergram No. 7237]"),
        archival_ref: None,
    },
    Expect {
        file: "da__document-telegram-066621-romanian-embassy-pyongyang-romanian-ministry-foreign-affairs.txt",
        layout: CurrentSite,
        date_line: Some("April 14, 1978"),
        title: Some(
            "TELEGRAM 066.621 from the Romanian Embassy in Pyongyang to the Romanian Ministry of Foreign Affairs",
        ),
        archival_ref: Some(
            "AMAE, Folder 784/1978, Issue 220: Features of political-diplomatic relations between the Democratic People's Republic of Korea and some countries in Europe, Asia, Africa, America (Cyprus, Spain, USA, Bangladesh, Philippines, India, Indonesia, Japan, Pakistan, Sri Lanka, Central African Republic, Egypt, Gabon, Iraq, Iran, Libya, Nigeria, Mozambique, Syria) January 7, 1978 – September 23, 1978",
        ),
    },
    Expect {
        file: "da__document-telegram-hungarian-embassy-pyongyang-kwps-congress.txt",
        layout: CurrentSite,
        date_line: Some("November 1980"),
        title: Some("Telegram from the Hungarian Embassy in Pyongyang, 'KWP’s Congress'"),
        archival_ref: None,
    },
    Expect {
        file: "da__document-telegram-shtykov-ussr-first-deputy-minister-foreign-affairs.txt",
        layout: CurrentSite,
        date_line: Some("November 29, 1950"),
        title: Some("Telegram from Shtykov to the USSR First Deputy Minister of Foreign Affairs"),
        archival_ref: Some("TsAMO RF, fond 5, opis 918795, delo 124, list 429"),
    },
    Expect {
        file: "da__document-telegram-washington-dc-no084504-urgent-secret.txt",
        layout: CurrentSite,
        date_line: Some("June 7, 1973"),
        title: Some("Telegram from Washington, DC, No.084.504, Urgent, SECRET"),
        archival_ref: None,
    },
    Expect {
        file: "da__document-tran-dong-key-issues-struggle-against-chinese-spies-and-american-spies-and-struggle.txt",
        layout: CurrentSite,
        date_line: Some("December 1980"),
        title: Some(
            "Trần Đông, 'Key Issues in the Struggle against Chinese Spies and American Spies and in the Struggle against the Enemy’s Ideological Attacks' [Excerpts]",
        ),
        archival_ref: None,
    },
    Expect {
        file: "da__document-transcript-discussions-occasion-reception-comrade-n-ceausescu-i-czesak-member-central.txt",
        layout: CurrentSite,
        date_line: Some("January 7, 1966"),
        title: Some(
            "Transcript of the Discussions on the Occasion of the Reception by Comrade N. Ceausescu of I. Czesak, Member of the Central Committee of the Polish United Workers Party (P.U.W.P.)",
        ),
        archival_ref: None,
    },
    Expect {
        file: "dc__document-ciphered-telegram-shtykov-feng-xi-stalin.txt",
        layout: CurrentSite,
        date_line: Some("August 31, 1950"),
        title: Some("Ciphered Telegram, Shtykov to Feng Xi [Stalin]"),
        archival_ref: Some(
            "APRF, Fond 45, Opis 1, Delo 347, Listy 12-13 and AVPRF, Fond 059a, Opis 5a, Delo 4, Papka 11, Listy 159-160",
        ),
    },
    Expect {
        file: "docslib__doc-12551001-september-28-1961-letter-from-khrushchev-to-ulbricht-regarding-the-situation-in-berlin.txt",
        layout: PdfExport,
        date_line: Some("September 28, 1961"),
        title: Some("Letter from Khrushchev to Ulbricht Regarding the Situation in Berlin"),
        archival_ref: Some("SED Archives, IfGA, ZPA, J IV 2/202/130"),
    },
    Expect {
        file: "docslib__doc-13090471-november-01-1989-memorandum-of-conversation-between-egon-krenz-secretary-general-of-the-socialist-unity-party-sed-and-mikhail-s.txt",
        layout: PdfExport,
        date_line: Some("November 01, 1989"),
        title: Some(
            "Memorandum of Conversation Between Egon Krenz, Secretary General of the Socialist Unity Party (SED), and Mikhail S. Gorbachev, Secretary General of the Communist Party of the Soviet Union (CPSU)",
        ),
        archival_ref: Some(
            "Stiftung “Archiv der Parteien und Massenorganisationen der ehemaligen DDR im Bundesarchiv” (SAPMO-BA), Berlin DY30/J1V2/SA/3255",
        ),
    },
    Expect {
        file: "docslib__doc-4786671-september-29-1950-ciphered-telegram-from-dprk-leader-kim-il-sung-and-south-korean-communist-leader-pak-heon-yeong-to-stalin-via-shtykov.txt",
        layout: PdfExport,
        date_line: Some("September 29, 1950"),
        title: Some(
            "Ciphered Telegram from DPRK leader Kim Il Sung and South Korean Communist Leader Pak Heon-yeong to Stalin (via Shtykov)",
        ),
        archival_ref: Some(
            "APRF, fond 45, opis 1, delo 347, listy 41-45 and APRF, fond 3, opis 65, delo 828, listy 5-8",
        ),
    },
    Expect {
        file: "dvinci__document-cable-chinese-embassy-soviet-union-recommendations-based-developments-current-situation.txt",
        layout: Dvinci,
        date_line: Some("April 20, 1961"),
        title: Some(
            "Cable from the Chinese Embassy in the Soviet Union, 'Recommendations based on Developments in the Current Situation'",
        ),
        archival_ref: None,
    },
    Expect {
        file: "dvinci__document-cable-chinese-foreign-ministry-and-public-security-ministry-ministries-foreign-affairs-and.txt",
        layout: Dvinci,
        date_line: Some("May 18, 1962"),
        title: Some(
            "Cable from the Chinese Foreign Ministry and Public Security Ministry, 'The Ministries of Foreign Affairs and Public Security Send a Work Team to Xinjiang to Collect Materials'",
        ),
        archival_ref: None,
    },
    Expect {
        file: "dvinci__document-cable-chinese-foreign-ministry-notes-comrade-xu-huang.txt",
        layout: Dvinci,
        date_line: Some("May 29, 1962"),
        title: Some("Cable from the Chinese Foreign Ministry, 'Notes for Comrade Xu Huang'"),
        archival_ref: None,
    },
    Expect {
        file: "dvinci__document-cable-stalin-kuznetsov-mao-zedong-terebin-1.txt",
        layout: CurrentSiteWithValues,
        date_line: Some("December 16, 1947"),
        title: Some("Cable, Stalin [Kuznetsov] to Mao Zedong [via Terebin]"),
        archival_ref: Some("APRF: F. 39, Op. 1, D. 31, L. 25"),
    },
    Expect {
        file: "dvinci__document-cable-terebin-stalin-kuznetsov-1.txt",
        layout: Dvinci,
        date_line: Some("December 17, 1947"),
        title: Some("Cable, Terebin to Stalin [via Kuznetsov]"),
        archival_ref: None,
    },
    Expect {
        file: "dvinci__document-cable-wang-tao-chairman-ho-meeting-charge-daffaires-wang.txt",
        layout: Dvinci,
        date_line: Some("November 23, 1962"),
        title: Some("Cable from Wang Tao, 'Chairman Ho Meeting with Chargé D'Affaires Wang'"),
        archival_ref: None,
    },
    Expect {
        file: "dvinci__document-ciphered-telegram-shtykov-feng-xi-stalin-0.txt",
        layout: CurrentSiteWithValues,
        date_line: Some("October 14, 1950"),
        title: Some("Ciphered Telegram, Shtykov to Feng Xi (Stalin)"),
        archival_ref: Some("APRF, fond 45, opis 1, delo 335, list 3"),
    },
    Expect {
        file: "dvinci__document-ciphered-telegram-shtykov-feng-xi-stalin-0__v2.txt",
        layout: Dvinci,
        date_line: Some("October 14, 1950"),
        title: Some("Ciphered Telegram, Shtykov to Feng Xi (Stalin)"),
        archival_ref: None,
    },
    Expect {
        file: "dvinci__document-cssr-ministry-foreign-affairs-information-most-recent-developments-chinese-peoples.txt",
        layout: CurrentSite,
        date_line: Some("1967"),
        title: Some(
            "CSSR Ministry of Foreign Affairs, 'Information: The Most Recent Developments in the Chinese People’s Republic and the CSSR-Chinese Relations'",
        ),
        archival_ref: None,
    },
    Expect {
        file: "dvinci__document-memorandum-meeting-between-erich-honecker-and-general-secretary-communist-party-israel.txt",
        layout: CurrentSite,
        date_line: Some("June 15, 1979"),
        title: Some(
            "Memorandum of the meeting between Erich Honecker and the General Secretary of the Communist Party of Israel, Meir Vilner",
        ),
        archival_ref: None,
    },
    Expect {
        file: "dvinci__document-political-report-no12-embassy-czechoslovak-socialist-republic-peking.txt",
        layout: Dvinci,
        date_line: Some("July 8, 1968"),
        title: Some("Political Report No.12 from the Embassy of the Czechoslovak Socialist Republic, Peking"),
        archival_ref: None,
    },
    Expect {
        file: "dvinci__document-record-conversation-prime-minister-mongolian-peoples-republic-comrade-tsedenbal-fragments.txt",
        layout: Dvinci,
        date_line: Some("November 29, 1954"),
        title: Some(
            "Record of Conversation with Prime Minister of the Mongolian People's Republic, Comrade Tsedenbal. (fragments)",
        ),
        archival_ref: None,
    },
    Expect {
        file: "dvinci__document-report-embassy-hungary-north-korea-hungarian-foreign-ministry-31.txt",
        layout: CurrentSite,
        date_line: Some("June 28, 1955"),
        title: Some("Report, Embassy of Hungary in North Korea to the Hungarian Foreign Ministry"),
        archival_ref: None,
    },
    Expect {
        file: "dvinci__document-report-embassy-hungary-north-korea-hungarian-foreign-ministry-32.txt",
        layout: CurrentSite,
        date_line: Some("September 10, 1956"),
        title: Some("Report, Embassy of Hungary in North Korea to Hungarian Foreign Ministry"),
        archival_ref: None,
    },
    Expect {
        file: "dvinci__document-report-etre-sandor-visit-korean-first-secretary-kim-yun-gil.txt",
        layout: Dvinci,
        date_line: Some("May 17, 1972"),
        title: Some("Report from Etre Sándor, 'The visit of Korean first secretary Kim Yun-gil'"),
        archival_ref: None,
    },
    Expect {
        file: "dvinci__document-telegram-gromyko-cde-iv-stalin-transmitting-letter-kim-il-sung.txt",
        layout: Dvinci,
        date_line: Some("September 28, 1950"),
        title: Some("Telegram, Gromyko to Cde. I.V. Stalin, Transmitting Letter from Kim Il Sung"),
        archival_ref: None,
    },
    Expect {
        file: "dvinci__document-telegram-president-minister-foreign-affairs-report-meeting-between-foreign-minister-rok.txt",
        layout: CurrentSite,
        date_line: Some("September 28, 1976"),
        title: Some(
            "Telegram to the President from the Minister of Foreign Affairs, 'Report on the Meeting between the Foreign Minister of the ROK and the US Secretary of State and Foreign Ministers of the ROK and Japan'",
        ),
        archival_ref: None,
    },
    Expect {
        file: "dvinci__node-105037.txt",
        layout: CurrentSite,
        date_line: Some("October 1, 1977"),
        title: Some("Talk Given by the Minister [Trần Quốc Hoàn] at the 3rd Investigative Conference [Excerpts]"),
        archival_ref: None,
    },
    Expect {
        file: "dvinci__node-89832.txt",
        layout: CurrentSiteWithValues,
        date_line: Some("February 3, 1952"),
        title: Some("Ciphered Telegram No. 709, Filippov [Stalin] to Krasovsky, for Mao Zedong"),
        archival_ref: Some(
            "APRF, f. 45, op. 1, d. 342, l. 78; AVPRF, Fond 059a, Opis 5a, Delo 5, Papka 11, List 80; and RGASPI, f. 558, op. 11, d. 342, ll. 0078",
        ),
    },
    Expect {
        file: "dvinci__node-89884.txt",
        layout: Dvinci,
        date_line: Some("April 22, 1948"),
        title: Some("Cable, Terebin to Stalin, Plans for Mao's Visit to Moscow"),
        archival_ref: None,
    },
    Expect {
        file: "dvinci__node-89952.txt",
        layout: CurrentSite,
        date_line: Some("July 17, 1948"),
        title: Some("Cable, Terebin to Stalin [via Kuznetsov]"),
        archival_ref: None,
    },
    Expect {
        file: "dvinci__node-89954.txt",
        layout: Dvinci,
        date_line: Some("July 28, 1948"),
        title: Some("Cable, Terebin to Stalin [via Kuznetsov]"),
        archival_ref: None,
    },
    Expect {
        file: "dvinci__node-91081.txt",
        layout: Dvinci,
        date_line: Some("November 5, 1962"),
        title: Some(
            "Cable from the Chinese Foreign Ministry, 'Instruction to Diplomatic Posts on How to Express Attitude in Response to Khrushchev’s Letters'",
        ),
        archival_ref: None,
    },
    Expect {
        file: "dvinci__node-92528.txt",
        layout: CurrentSite,
        date_line: Some("April 19, 1972"),
        title: Some("Report, Embassy of Hungary in North Korea to the Hungarian Foreign Ministry"),
        archival_ref: None,
    },
    Expect {
        file: "dvinci__node-93544.txt",
        layout: Dvinci,
        date_line: Some("January 27, 1966"),
        title: Some(
            "Note on Two Conversations with the Minister Counselor of the North Vietnamese Embassy, Comrade Hoan Muoi, on 26 January 1966, in the Cuban Embassy, and on 27 January 1966, on the Occasion of a Farewell Visit to Our Embassy [Excerpts]",
        ),
        archival_ref: None,
    },
    Expect {
        file: "dvinci__node-95514.txt",
        layout: Dvinci,
        date_line: Some("March 21, 1960"),
        title: Some(
            "Cable from the Chinese People's Committee to Defend World Peace and Combat U.S. Aggression and the Chinese Ministry of Foreign Affairs",
        ),
        archival_ref: None,
    },
    Expect {
        file: "dvinci__node-97992.txt",
        layout: Dvinci,
        date_line: Some("September 10, 1980"),
        title: Some("Telegram from the Hungarian Embassy in Pyongyang, 'The Korean Workers’ Party’s 6th Congress'"),
        archival_ref: None,
    },
    Expect {
        file: "seed__document-118197.txt",
        layout: PdfExport,
        date_line: Some("June 21, 1962"),
        title: Some(
            "Cable from the Work Team of the Ministries of Foreign Affairs and Public Security to the Xinjiang Uyghur Autonomous Region Party Committee and the Ministries of Foreign Affairs and Public Security",
        ),
        archival_ref: Some("PRC FMA 118-01109-02, 30-31"),
    },
];

/// Reads and parses one corpus file, failing the test if it is rejected.
fn parse_file(file: &str) -> (String, ParsedDoc) {
    let bytes = std::fs::read(Path::new(CORPUS).join(file)).expect("corpus file is readable");
    let text = String::from_utf8(bytes.clone()).expect("corpus files are utf-8");
    let input = RawInput { path: format!("wilson/{file}"), blake3: blake3::hash(&bytes).to_hex().to_string(), bytes };
    let mut parsed = parse(input, &Config::default());
    assert!(parsed.errors.is_empty(), "{file} rejected: {:?}", parsed.errors);
    assert_eq!(parsed.docs.len(), 1, "{file}");
    (text, parsed.docs.remove(0))
}

/// The value of an optional field.
fn value(field: &Option<Extracted<String>>) -> Option<&str> {
    field.as_ref().map(|found| found.value.as_str())
}

/// Every `.txt` file in the corpus directory.
fn corpus_files() -> BTreeSet<String> {
    std::fs::read_dir(CORPUS)
        .expect("corpus directory is readable")
        .map(|entry| entry.expect("directory entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".txt"))
        .collect()
}

#[test]
fn table_covers_every_corpus_file() {
    let listed: BTreeSet<String> = EXPECTED.iter().map(|row| row.file.to_owned()).collect();
    assert_eq!(listed.len(), EXPECTED.len(), "a file is listed twice");
    assert_eq!(listed, corpus_files());
    assert_eq!(listed.len(), 66);
}

#[test]
fn every_file_parses_to_its_expected_fields() {
    let mut mismatches = Vec::new();
    for row in EXPECTED {
        let (_, doc) = parse_file(row.file);
        let got =
            (doc.meta.layout, value(&doc.fields.date_line), value(&doc.fields.title), value(&doc.fields.archival_ref));
        let expected = (row.layout, row.date_line, row.title, row.archival_ref);
        if got != expected {
            mismatches.push(format!("{}:\n  got      {got:?}\n  expected {expected:?}", row.file));
        }
        assert_eq!(doc.meta.collection, "wilson");
        assert_eq!(doc.meta.source.path, format!("wilson/{}", row.file));
        assert_eq!(doc.meta.id.0.len(), 16);
        let no_date = doc.diagnostics.iter().any(|found| found.code == "no_date_line");
        assert_eq!(no_date, row.date_line.is_none(), "{}", row.file);
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn layout_counts() {
    let count = |layout| EXPECTED.iter().filter(|row| row.layout == layout).count();
    assert_eq!(
        [
            count(CurrentSite),
            count(CurrentSiteWithValues),
            count(Dvinci),
            count(OldSite),
            count(PdfExport),
            count(SummaryFirst),
        ],
        [33, 3, 17, 8, 4, 1]
    );
}

#[test]
fn truncation_agrees_with_the_manifest() {
    let manifest =
        std::fs::read_to_string(Path::new(CORPUS).join("../wilson-manifest.tsv")).expect("manifest is readable");
    let mut n_rows = 0;
    let mut disagreements = Vec::new();
    for row in manifest.lines().skip(1) {
        let columns: Vec<&str> = row.split('\t').collect();
        let [file, _url, complete] = columns[..] else {
            panic!("malformed manifest row {row:?}");
        };
        n_rows += 1;
        let (_, doc) = parse_file(file);
        let warned = doc.diagnostics.iter().any(|found| found.code == "truncated");
        assert_eq!(warned, doc.meta.truncated, "{file}: flag and diagnostic disagree");
        if doc.meta.truncated != (complete == "no") {
            disagreements.push(format!("{file}: complete={complete} truncated={}", doc.meta.truncated));
        }
    }
    assert_eq!(n_rows, 66);
    assert!(disagreements.is_empty(), "{}", disagreements.join("\n"));
}

#[test]
fn evidence_and_body_are_exact_source_slices() {
    for file in corpus_files() {
        let (text, doc) = parse_file(&file);
        let fields = &doc.fields;
        let singles = [
            &fields.record_id,
            &fields.url,
            &fields.date_line,
            &fields.title,
            &fields.summary,
            &fields.citation,
            &fields.archival_ref,
            &fields.translator,
            &fields.funder,
            &fields.original_language,
            &fields.contents_label,
        ];
        let all = singles.into_iter().flatten().chain(fields.site_metadata.values());
        for found in all {
            let evidence = &found.evidence;
            assert_eq!(&text[evidence.start..evidence.end], doc.text(evidence), "{file}");
            assert_eq!(found.value, doc.text(evidence), "{file}: values are raw trimmed source");
            assert_eq!(found.value.trim(), found.value, "{file}");
            assert!(found.rule.starts_with("wilson."), "{file}: {}", found.rule);
        }
        let body_end = doc.meta.body_offset + doc.body.len();
        assert_eq!(&text[doc.meta.body_offset..body_end], doc.body, "{file}");
        assert!(!doc.body.trim().is_empty(), "{file}: empty body");
        for dropped in &doc.meta.dropped {
            assert_eq!(&text[dropped.start..dropped.end], doc.text(dropped), "{file}");
            let overlaps = dropped.start < body_end && doc.meta.body_offset < dropped.end;
            assert!(!overlaps, "{file}: dropped {:?} overlaps the body", doc.text(dropped));
        }
        for furniture in [fields.summary.as_ref(), fields.citation.as_ref()].into_iter().flatten() {
            assert!(!doc.body.contains(&furniture.value), "{file}: body holds {:?}", furniture.rule);
        }
        for line in ["Skip to content", "get citation", "Document Information", "Citation:"] {
            assert!(!doc.body.contains(line), "{file}: body holds {line:?}");
        }
    }
}

#[test]
fn seed_record() {
    let (_, doc) = parse_file("seed__document-118197.txt");
    let fields = &doc.fields;
    assert_eq!(doc.meta.layout, PdfExport);
    assert_eq!(value(&fields.date_line), Some("June 21, 1962"));
    assert_eq!(
        value(&fields.title),
        Some(
            "Cable from the Work Team of the Ministries of Foreign Affairs and Public Security to the Xinjiang Uyghur Autonomous Region Party Committee and the Ministries of Foreign Affairs and Public Security"
        )
    );
    assert_eq!(
        value(&fields.summary),
        Some(
            "The Chinese Foreign Ministry and Public Security Ministry claim success in uncovering evidence of illegal Soviet activities in Xinjiang."
        )
    );
    assert_eq!(
        value(&fields.citation),
        Some(
            "\"Cable from the Work Team of the Ministries of Foreign Affairs and Public Security to the Xinjiang Uyghur Autonomous Region Party Committee and the Ministries of Foreign Affairs and Public Security\", June 21, 1962, Wilson Center Digital Archive, PRC FMA 118-01109-02, 30-31. Translated by 7Brands."
        )
    );
    assert_eq!(value(&fields.funder), Some("MacArthur Foundation"));
    assert_eq!(value(&fields.original_language), Some("Chinese"));
    assert_eq!(value(&fields.contents_label), Some("Translation - English"));
    assert_eq!(value(&fields.translator), Some("7Brands"));
    assert_eq!(value(&fields.archival_ref), Some("PRC FMA 118-01109-02, 30-31"));
    assert_eq!(value(&fields.record_id), Some("118197"));
    assert_eq!(value(&fields.url), Some("https://digitalarchive.umd.edu/document/118197"));
    assert_eq!(fields.citation.as_ref().map(|found| found.rule.as_str()), Some("wilson.pdf_export.citation"));
    assert!(doc.body.starts_with("[...]\n\n[To the] Party Committee"), "{:?}", doc.body);
    assert!(doc.body.ends_with("21 June 1962"), "{:?}", doc.body);
    assert!(!doc.meta.truncated);
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}

#[test]
fn related_summary_before_the_date_is_kept_apart() {
    let (_, doc) = parse_file("dvinci__document-ciphered-telegram-shtykov-feng-xi-stalin-0__v2.txt");
    let note =
        doc.diagnostics.iter().find(|found| found.code == "related_summary").expect("related_summary diagnostic");
    let evidence = note.evidence.as_ref().expect("points at the paragraph");
    assert!(doc.text(evidence).starts_with("A telegram from Stalin to Shtykov"));
    // Kept as a text of its own, not dropped and not the record's summary.
    assert!(!doc.meta.dropped.iter().any(|found| found.start == 0));
    assert!(value(&doc.fields.related_summary).is_some_and(|related| related.starts_with("A telegram from Stalin")));
    assert_eq!(doc.fields.related_summary.as_ref().map(|found| found.evidence.start), Some(0));
    assert!(value(&doc.fields.summary).is_some_and(|summary| summary.starts_with("Shtykov describes")));
    assert!(doc.body.starts_with("Ciphered Telegram # 600428/sh"));
}

#[test]
fn old_site_upper_case_variant() {
    let (_, doc) = parse_file("da__document-155255.txt");
    let fields = &doc.fields;
    assert_eq!(value(&fields.record_id), Some("155255"));
    assert_eq!(value(&fields.translator), Some("Stephen Mercado"));
    assert_eq!(value(&fields.funder), Some("Henry Luce Foundation"));
    assert_eq!(value(&fields.contents_label), Some("English HTML"));
    assert_eq!(fields.title.as_ref().map(|found| found.rule.as_str()), Some("wilson.old_site.citation_title"));
    for furniture in ["CITATION SHARE DOWNLOAD", "VIEW DOCUMENT IN", "• share document", "Search in"] {
        assert!(doc.meta.dropped.iter().any(|found| doc.text(found) == furniture), "{furniture}");
    }
    assert!(doc.meta.dropped.iter().any(|found| doc.text(found).starts_with("CABLE FROM THE CHINESE EMBASSY")));
    assert!(doc.body.starts_with("Ministry of Foreign Affairs Incoming Telegram"));
}

#[test]
fn current_site_with_values_fills_site_metadata() {
    let (_, doc) = parse_file("dvinci__node-89832.txt");
    let metadata = &doc.fields.site_metadata;
    let keys: Vec<&str> = metadata.keys().map(String::as_str).collect();
    assert_eq!(keys, ["Original Uploaded Date", "Record ID", "Source", "Type"]);
    assert_eq!(metadata["Type"].value, "Telegram");
    assert_eq!(metadata["Original Uploaded Date"].value, "2011-11-20");
    assert_eq!(value(&doc.fields.record_id), Some("113636"));
    assert!(doc.meta.dropped.iter().any(|found| doc.text(found) == "Language"), "label without value");
    assert!(doc.body.starts_with("[...]") && doc.body.ends_with("[...]"));
}

#[test]
fn current_site_trailer_values() {
    let (_, doc) = parse_file(
        "da__document-cable-chinese-foreign-ministry-please-report-situation-investigation-automobiles-soviet.txt",
    );
    let fields = &doc.fields;
    assert_eq!(value(&fields.translator), Some("Charles Kraus"));
    assert_eq!(value(&fields.funder), Some("MacArthur Foundation"));
    assert_eq!(fields.site_metadata["Funders"].value, "MacArthur Foundation and Henry Luce Foundation");
    assert!(doc.meta.dropped.iter().any(|found| doc.text(found).contains("[email protected]")));
    assert!(doc.body.ends_with("9 July 1962"));
    assert!(value(&fields.summary).is_some_and(|summary| summary.starts_with("The Chinese Foreign Ministry asks")));
}

#[test]
fn flattened_docslib_copy() {
    let (_, doc) = parse_file(
        "docslib__doc-13090471-november-01-1989-memorandum-of-conversation-between-egon-krenz-secretary-general-of-the-socialist-unity-party-sed-and-mikhail-s.txt",
    );
    let fields = &doc.fields;
    assert_eq!(value(&fields.record_id), Some("112513"));
    assert_eq!(value(&fields.original_language), Some("German"));
    assert_eq!(value(&fields.contents_label), Some("English Translation"));
    assert_eq!(value(&fields.translator), Some("Christian F. Ostermann"));
    assert!(doc.body.starts_with("Top Secret To all members"));
    assert!(doc.meta.dropped.iter().any(|found| doc.text(found) == "Total Page:16"));
    assert!(doc.meta.truncated);
}

#[test]
fn summary_first_page() {
    let (_, doc) = parse_file("da__document-110206.txt");
    assert!(value(&doc.fields.summary).is_some_and(|summary| summary.starts_with("Transcription of a meeting")));
    assert!(doc.diagnostics.iter().any(|found| found.code == "date_repeated"));
    assert!(doc.body.starts_with("N. S. Khrushchev: I have read your speech"));
}
