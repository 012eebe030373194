//! Small word lists the splitter and tokenizer consult: abbreviations that
//! keep their period, words that typically open a sentence, furniture labels
//! and calendar words. These are our own short lists of common English news
//! usage, not a copy of any external resource.

/// How an abbreviation behaves before a possible sentence boundary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Abbrev {
    /// A title or rank that precedes a name (`Gen.`, `Mr.`): never ends a sentence.
    Title,
    /// A single capital initial (`J.`): treated like a title.
    Initial,
    /// A month (`Nov.`): no boundary before a day number.
    Month,
    /// `No.`, `Art.`, `Fig.`: no boundary before a number.
    Numbering,
    /// Latin connectives (`e.g.`, `i.e.`, `cf.`): never end a sentence.
    Connective,
    /// Dotted acronyms and company suffixes (`U.S.`, `a.m.`, `Inc.`, `etc.`):
    /// may end a sentence; decided by the next word.
    Ambiguous,
}

const TITLES: &[&str] = &[
    "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Gen", "Gens", "Lt", "Col", "Maj",
    "Capt", "Cpt", "Cmdr", "Cdr", "Adm", "Brig", "Sgt", "Cpl", "Pvt", "Sen", "Sens", "Rep", "Reps",
    "Gov", "Govs", "Pres", "Rev", "Hon", "Amb", "Supt", "Insp", "Fr", "St", "Ste", "Mt", "Ft",
    "Gen'l", "Lieut", "Atty", "Sec", "Secs", "Dep", "Asst", "Mme", "Mlle", "Sr", "Jr", "Rt",
];

const MONTHS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];

// Only capitalised forms: a lowercase "no." is far more often the word "no"
// ending a sentence than a numbering abbreviation.
const NUMBERING: &[&str] = &["No", "Nos", "Art", "Fig", "pp", "Vol"];

const CONNECTIVES: &[&str] = &[
    "e.g", "i.e", "cf", "viz", "vs", "v", "approx", "ca", "al", "incl",
];

const AMBIGUOUS: &[&str] = &[
    "etc", "Inc", "Corp", "Co", "Ltd", "Plc", "Bros", "LLC", "Dept", "Univ", "Ave", "Blvd", "Rd",
    "est", "min", "max", "Assn", "Intl", "Natl", "govt", "Gov't",
    // Weekdays, and US state and Canadian province abbreviations (AP style
    // datelines: "Kingston, Ont.", "Tampa, Fla."): they end sentences too.
    "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Ala", "Ariz", "Ark",
    "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md",
    "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex",
    "Va", "Vt", "Wash", "Wis", "Wyo", "Ont", "Que", "Alta",
];

/// Classify `word` (without its final period) as an abbreviation, if it is one.
pub(crate) fn abbrev(word: &str) -> Option<Abbrev> {
    if word.is_empty() {
        return None;
    }
    if TITLES.contains(&word) {
        return Some(Abbrev::Title);
    }
    if MONTHS.contains(&word) {
        return Some(Abbrev::Month);
    }
    if NUMBERING.contains(&word) {
        return Some(Abbrev::Numbering);
    }
    if CONNECTIVES.contains(&word) {
        return Some(Abbrev::Connective);
    }
    if AMBIGUOUS.contains(&word) {
        return Some(Abbrev::Ambiguous);
    }
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            return Some(Abbrev::Initial);
        }
    }
    if is_dotted_acronym(word) {
        return Some(Abbrev::Ambiguous);
    }
    None
}

/// `U.S`, `a.m`, `D.C`, `Ph.D`: letters in groups of one or two separated by
/// single periods, at least one period.
fn is_dotted_acronym(word: &str) -> bool {
    if !word.contains('.') {
        return false;
    }
    word.split('.').all(|part| {
        (1..=2).contains(&part.chars().count()) && part.chars().all(char::is_alphabetic)
    })
}

/// Words that commonly open a sentence in news text. Used only to decide
/// whether an ambiguous abbreviation such as `U.S.` ends a sentence: a
/// following `The` or `He` almost always starts a new one, while a following
/// proper noun (`U.S. Army`) almost never does.
const STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "It",
    "Its",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "In",
    "On",
    "At",
    "For",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "Since",
    "As",
    "However",
    "Meanwhile",
    "Still",
    "Also",
    "His",
    "Her",
    "Their",
    "Our",
    "My",
    "Some",
    "Many",
    "Most",
    "Several",
    "No",
    "Not",
    "Now",
    "Then",
    "Last",
    "Earlier",
    "Later",
    "According",
    "Officials",
    "Both",
    "Each",
    "Such",
    "What",
    "Why",
    "How",
    "Who",
    "Where",
    "Although",
    "Though",
    "Instead",
    "Despite",
    "Under",
    "With",
    "By",
    "From",
    "To",
    "Asked",
    "Other",
    "Another",
    "One",
    "Two",
    "Three",
    "Nearly",
    "Almost",
    "Among",
    "During",
    "Because",
    "Only",
    "Even",
    "Just",
    "Already",
    "Currently",
    "Separately",
    "Previously",
    "Yesterday",
    "Today",
    "Once",
    "Until",
    "Without",
    "Given",
    "Here",
];

/// Verbs that introduce or close a quotation ("...," Mr. Kim said.).
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "asked",
    "asks",
    "added",
    "adds",
    "told",
    "tells",
    "wrote",
    "writes",
    "explained",
    "explains",
    "continued",
    "replied",
    "noted",
    "insisted",
    "argued",
    "stated",
    "declared",
    "recalled",
    "warned",
    "concluded",
    "tweeted",
    "posted",
    "acknowledged",
];

/// True when `word` (any case) is a speech verb.
pub(crate) fn is_speech_verb(word: &str) -> bool {
    SPEECH_VERBS.iter().any(|v| v.eq_ignore_ascii_case(word))
}

/// True when `word` is a common sentence opener (see [`STARTERS`]).
pub(crate) fn is_starter(word: &str) -> bool {
    STARTERS.contains(&word)
}

/// Labels that introduce page furniture rather than article text, compared
/// case-insensitively at the start of a paragraph and counted only when
/// followed by a colon or the end of the line ("Related News :", "Watch:",
/// "Advertisement"). Longer labels come before their prefixes.
pub(crate) const FURNITURE_LABELS: &[&str] = &[
    "related news",
    "related articles",
    "related stories",
    "related",
    "read more",
    "read also",
    "read next",
    "also read",
    "must read",
    "read",
    "don't miss",
    "see also",
    "more news",
    "more",
    "recommended",
    "skip advertisement",
    "advertisement",
    "ad",
    "sponsored",
    "share this article",
    "share this",
    "share on facebook",
    "share on twitter",
    "follow us",
    "subscribe",
    "sign up",
    "click here",
    "trending",
    "most read",
    "continue reading",
    "story continues below",
    "watch",
    "listen",
    "photos",
    "photo",
    "file photo",
    "video",
    "image caption",
    "media caption",
    "image copyright",
    "story highlights",
    "contributing",
    "last updated",
    "updated",
    "copyright",
];

/// Openings that make a whole short line furniture even without a colon
/// ("Sign up for Daily Newsletters", "Updated at 5:10 p.m. ET"). Only
/// phrases that never open a headline belong here.
pub(crate) const FURNITURE_LINE_STARTS: &[&str] = &[
    "sign up for",
    "subscribe to",
    "follow us",
    "join us on",
    "share this",
    "read or share this story",
    "just watched",
    "replay more videos",
    "enlarge this image",
    "toggle caption",
    "this article is more than",
    "click here",
    "copyright",
    "all rights reserved",
    "updated at",
    "last updated",
    "image copyright",
    "skip advertisement",
    "continue reading",
    "story continued below",
    "story continues below",
    "story highlights",
    "follow",
    "contributing",
];

/// Phrases that make a whole short line furniture wherever they occur in
/// it: reporting credits, photo credits and social-media plugs.
pub(crate) const FURNITURE_LINE_PHRASES: &[&str] = &[
    "contributed to this report",
    "contributed reporting",
    "getty images",
    "ap photo",
    "afp photo",
    "reuters photo",
    "on twitter",
    "on facebook",
    "on instagram",
];

/// Labels that introduce links to other articles: what follows on the
/// line is another story's title, whatever its punctuation.
pub(crate) const LINK_LABELS: &[&str] = &[
    "related",
    "read",
    "also read",
    "see also",
    "more news",
    "recommended",
    "must read",
    "don't miss",
    "most read",
    "trending",
];

/// Labels that open a caption: the paragraph describes a picture or a
/// video, not news (`Photo: soldiers patrol ...`).
pub(crate) const CAPTION_LABELS: &[&str] = &[
    "photos",
    "photo",
    "file photo",
    "image caption",
    "media caption",
    "image copyright",
    "video",
    "watch",
    "listen",
];

/// Photo credits: a short paragraph carrying one is a caption.
pub(crate) const PHOTO_CREDITS: &[&str] = &[
    "(ap photo",
    "(afp photo",
    "(reuters photo",
    "/getty images",
    "(getty images",
    "photo credit:",
    "(photo:",
    "photograph:",
];

/// Phrases that make a short paragraph site boilerplate wherever they occur
/// (cookie and privacy notices, newsletter plugs, subscription offers).
pub(crate) const BOILERPLATE_PHRASES: &[&str] = &[
    // A video carousel: "JUST WATCHED <title> Replay More Videos ... MUST
    // WATCH <title> 01:34" lists other stories' titles.
    "replay more videos",
    "privacy policy",
    "cookie policy",
    "use of cookies",
    "uses cookies",
    "terms of use",
    "terms of service",
    "terms and conditions",
    "all rights reserved",
    "sign up for our",
    "subscribe to our",
    "our newsletter",
    "newsletter sign",
    "by continuing to use",
    "this site is protected by recaptcha",
    "support our journalism",
    "become a member",
    // Editors' notes on the page's own history, not the news.
    "this story was updated",
    "this story has been updated",
    "this article was updated",
    "this article has been updated",
    "this post has been updated",
    "this story has been corrected",
    "this article has been corrected",
    "an earlier version of this",
];

/// The controls of a slideshow or video player, which a scraped page runs
/// together with the captions of its pictures and the titles of other
/// stories ("... Getty Images Ad Up Next Close <other title> ... View
/// Slideshow Back Continue"): a paragraph holding one is furniture, however
/// long.
pub(crate) const SLIDESHOW_PHRASES: &[&str] = &["view slideshow", "ad up next", "up next close"];

/// Month names (full) and weekday names, for recognising date-only lines.
pub(crate) const CALENDAR_WORDS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_abbreviations() {
        assert_eq!(abbrev("Gen"), Some(Abbrev::Title));
        assert_eq!(abbrev("J"), Some(Abbrev::Initial));
        assert_eq!(abbrev("U.S"), Some(Abbrev::Ambiguous));
        assert_eq!(abbrev("a.m"), Some(Abbrev::Ambiguous));
        assert_eq!(abbrev("e.g"), Some(Abbrev::Connective));
        assert_eq!(abbrev("Nov"), Some(Abbrev::Month));
        assert_eq!(abbrev("No"), Some(Abbrev::Numbering));
        assert_eq!(abbrev("Russia"), None);
        assert_eq!(abbrev("3.5"), None);
        assert_eq!(abbrev("a"), None);
    }
}
