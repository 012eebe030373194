//! Word lists the recogniser consults: month and weekday names, number words,
//! time units, and the cheap trigger test that decides whether a sentence is
//! worth running the rules on at all.
//!
//! Everything here is a `match` on a lowercased string, so the compiler turns
//! it into comparisons on the bytes; nothing is allocated or compiled at run
//! time.

/// A calendar unit a duration or a relative expression counts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

impl Unit {
    /// The ISO 8601 duration designator and whether it sits after `T`.
    /// Decades and centuries are written in years (P10Y, P100Y) because
    /// plain ISO 8601 has no designator for them.
    pub(crate) fn designator(self) -> (&'static str, bool) {
        match self {
            Unit::Second => ("S", true),
            Unit::Minute => ("M", true),
            Unit::Hour => ("H", true),
            Unit::Day => ("D", false),
            Unit::Week | Unit::Weekend => ("W", false),
            Unit::Month => ("M", false),
            Unit::Quarter => ("Q", false),
            Unit::Year => ("Y", false),
            Unit::Decade => ("E", false),
            Unit::Century => ("C", false),
        }
    }
}

/// `january`, `jan`, `jan.` … → 1..=12.
pub(crate) fn month(w: &str) -> Option<u32> {
    let w = w.strip_suffix('.').unwrap_or(w);
    Some(match w {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sept" | "sep" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

/// True for the month spellings that are also ordinary English words or
/// common abbreviations of other things ("may", "march", "mar", "jan", "dec"),
/// which need date-like context before they count as a month.
pub(crate) fn ambiguous_month(w: &str) -> bool {
    matches!(
        w,
        "may" | "march" | "mar" | "jan" | "dec" | "sep" | "jun" | "jul" | "apr" | "aug"
    )
}

/// `monday` … `sunday` (and the dotted abbreviations) → 1..=7 (ISO, Monday = 1).
/// Undotted short forms such as "sun" or "wed" are deliberately absent: they
/// are far more often names and words than days.
pub(crate) fn weekday(w: &str) -> Option<u32> {
    Some(match w {
        "monday" | "mon." => 1,
        "tuesday" | "tue." | "tues." => 2,
        "wednesday" | "wed." => 3,
        "thursday" | "thu." | "thur." | "thurs." => 4,
        "friday" | "fri." => 5,
        "saturday" | "sat." => 6,
        "sunday" => 7,
        _ => return None,
    })
}

/// Units, singular or plural.
pub(crate) fn unit(w: &str) -> Option<Unit> {
    Some(match w {
        "second" | "seconds" | "sec" | "secs" => Unit::Second,
        "minute" | "minutes" | "min" | "mins" => Unit::Minute,
        "hour" | "hours" | "hrs" => Unit::Hour,
        "day" | "days" => Unit::Day,
        "week" | "weeks" | "wk" => Unit::Week,
        "weekend" | "weekends" => Unit::Weekend,
        "fortnight" | "fortnights" => Unit::Week,
        "month" | "months" => Unit::Month,
        "quarter" | "quarters" => Unit::Quarter,
        "year" | "years" | "yr" | "yrs" => Unit::Year,
        "decade" | "decades" => Unit::Decade,
        "century" | "centuries" => Unit::Century,
        _ => return None,
    })
}

/// Whether a unit word is in the plural ("days"), which on its own reads as
/// an unspecified number of that unit.
pub(crate) fn is_plural_unit(w: &str) -> bool {
    unit(w).is_some() && (w.ends_with('s') || w == "centuries")
}

/// Cardinal number words and digit strings up to 9999 → value.
/// Digits with thousands separators ("3,000") are not numbers here: a time
/// expression never writes a count that way, and refusing them keeps
/// "3,000 soldiers" from ever reaching the year rules.
pub(crate) fn cardinal(w: &str) -> Option<u32> {
    if !w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit()) {
        return w.parse().ok();
    }
    Some(match w {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        "hundred" => 100,
        "thousand" => 1000,
        _ => return None,
    })
}

/// Ordinal words and digit ordinals ("third", "23rd") → value.
pub(crate) fn ordinal(w: &str) -> Option<u32> {
    for suf in ["st", "nd", "rd", "th"] {
        if let Some(d) = w.strip_suffix(suf) {
            if !d.is_empty() && d.len() <= 2 && d.bytes().all(|b| b.is_ascii_digit()) {
                return d.parse().ok();
            }
        }
    }
    Some(match w {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "twenty-first" => 21,
        _ => return None,
    })
}

/// Parts of the day and their TIMEX3 codes.
pub(crate) fn part_of_day(w: &str) -> Option<&'static str> {
    Some(match w {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        "night" | "overnight" => "NI",
        _ => return None,
    })
}

/// Seasons and their TIMEX3 codes.
pub(crate) fn season(w: &str) -> Option<&'static str> {
    Some(match w {
        "spring" => "SP",
        "summer" => "SU",
        "fall" | "autumn" => "FA",
        "winter" => "WI",
        _ => return None,
    })
}

/// Words that can only be part of a time expression, or start one, when a
/// trigger is near. A sentence with no trigger at all is skipped outright,
/// which is what keeps tagging cheap on long documents.
pub(crate) fn is_trigger(w: &str) -> bool {
    if month(w).is_some() || weekday(w).is_some() || unit(w).is_some() {
        return true;
    }
    if w.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
        return true;
    }
    matches!(
        w,
        "today"
            | "yesterday"
            | "tomorrow"
            | "tonight"
            | "now"
            | "currently"
            | "current"
            | "recently"
            | "recent"
            | "lately"
            | "previously"
            | "formerly"
            | "earlier"
            | "soon"
            | "future"
            | "past"
            | "present"
            | "nowadays"
            | "daily"
            | "weekly"
            | "monthly"
            | "yearly"
            | "annually"
            | "hourly"
            | "quarterly"
            | "noon"
            | "midnight"
            | "midday"
            | "morning"
            | "afternoon"
            | "evening"
            | "night"
            | "overnight"
            | "spring"
            | "summer"
            | "fall"
            | "autumn"
            | "winter"
            | "christmas"
            | "thanksgiving"
            | "halloween"
            | "fiscal"
            | "half"
            | "while"
            | "nineties"
            | "nineteen"
            | "thousand"
            | "eighties"
            | "seventies"
            | "sixties"
            | "fifties"
    )
}
