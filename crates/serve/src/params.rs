//! Query-string parameters, checked: unknown names, malformed dates and
//! out-of-range numbers are refused with a 400 that says which; limits are
//! capped so no request asks for an unbounded result.

use crate::error::ApiError;
use chrono::NaiveDate;
use dyad_store::query::{Filter, Period};
use serde::de::DeserializeOwned;
use serde::Deserialize;

/// Rows a list returns when `limit` is not given.
pub const DEFAULT_LIMIT: usize = 50;
/// Most rows any list returns.
pub const MAX_LIMIT: usize = 500;
/// Largest `offset` accepted (deep paging costs a scan).
pub const MAX_OFFSET: usize = 100_000;
/// Longest search query, in bytes.
pub const MAX_QUERY_BYTES: usize = 500;
/// Most evidence mentions per event.
pub const MAX_EVIDENCE: usize = 50;

/// Parse a query string into `T`, refusing unknown parameters.
pub fn parse<T: DeserializeOwned>(query: Option<&str>) -> Result<T, ApiError> {
    serde_urlencoded::from_str(query.unwrap_or(""))
        .map_err(|e| ApiError::bad_request(format!("bad query parameters: {e}")))
}

/// Paging parameters of every list.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Paging {
    /// Rows wanted.
    pub limit: Option<usize>,
    /// Rows skipped.
    pub offset: Option<usize>,
}

impl Paging {
    /// The checked `(limit, offset)`; a limit above [`MAX_LIMIT`] is capped.
    pub fn checked(&self) -> Result<(usize, usize), ApiError> {
        // A larger limit is capped: the page says how many it holds.
        let limit = self.limit.unwrap_or(DEFAULT_LIMIT).min(MAX_LIMIT);
        if limit == 0 {
            return Err(ApiError::bad_request(format!(
                "limit must be between 1 and {MAX_LIMIT}"
            )));
        }
        let offset = self.offset.unwrap_or(0);
        if offset > MAX_OFFSET {
            return Err(ApiError::bad_request(format!(
                "offset must be at most {MAX_OFFSET}: narrow the query instead"
            )));
        }
        Ok((limit, offset))
    }
}

/// The event filter shared by events, actors, graph, timeline and blocs.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventParams {
    /// Actor code.
    pub actor: Option<String>,
    /// Recipient code.
    pub recipient: Option<String>,
    /// `true`: the actor and recipient in either role.
    pub either: Option<bool>,
    /// PLOVER category.
    pub category: Option<String>,
    /// First day (`YYYY-MM-DD`).
    pub since: Option<String>,
    /// Last day.
    pub until: Option<String>,
    /// `true`: only plain facts (no negated, hypothetical or future events).
    pub factual: Option<bool>,
    /// Evidence mentions per event (events only).
    pub evidence: Option<usize>,
    /// Timeline and blocs period: `day`, `week` or `month`.
    pub by: Option<String>,
    /// Graph only: `true` to keep every mode (default: plain facts only).
    pub all_modes: Option<bool>,
    /// Rows wanted.
    pub limit: Option<usize>,
    /// Rows skipped.
    pub offset: Option<usize>,
}

/// A code parameter: letters, digits and `_`, at most 16 of them.
fn code(name: &str, value: &Option<String>) -> Result<Option<String>, ApiError> {
    match value.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) if v.len() <= 16 && v.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') => {
            Ok(Some(v.to_ascii_uppercase()))
        }
        Some(_) => Err(ApiError::bad_request(format!(
            "{name} must be a code of letters and digits (PRK, USA, NATO)"
        ))),
    }
}

/// A day parameter.
fn day(name: &str, value: &Option<String>) -> Result<Option<NaiveDate>, ApiError> {
    match value.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) => NaiveDate::parse_from_str(v, "%Y-%m-%d")
            .map(Some)
            .map_err(|_| ApiError::bad_request(format!("{name} must be a day as YYYY-MM-DD"))),
    }
}

impl EventParams {
    /// The store filter these parameters ask for.
    pub fn filter(&self) -> Result<Filter, ApiError> {
        let (limit, offset) = Paging {
            limit: self.limit,
            offset: self.offset,
        }
        .checked()?;
        let since = day("since", &self.since)?;
        let until = day("until", &self.until)?;
        if let (Some(s), Some(u)) = (since, until) {
            if s > u {
                return Err(ApiError::bad_request("since is after until"));
            }
        }
        Ok(Filter {
            actor: code("actor", &self.actor)?,
            recipient: code("recipient", &self.recipient)?,
            either_direction: self.either.unwrap_or(false),
            category: code("category", &self.category)?,
            since,
            until,
            factual_only: self.factual.unwrap_or(false),
            limit,
            offset,
        })
    }

    /// Evidence mentions per event (default 3).
    pub fn evidence(&self) -> Result<usize, ApiError> {
        match self.evidence {
            None => Ok(3),
            Some(n) if n <= MAX_EVIDENCE => Ok(n),
            Some(_) => Err(ApiError::bad_request(format!(
                "evidence must be at most {MAX_EVIDENCE}"
            ))),
        }
    }

    /// The period of a timeline (default: month).
    pub fn period(&self) -> Result<Option<Period>, ApiError> {
        match self.by.as_deref() {
            None | Some("") => Ok(None),
            Some("day") => Ok(Some(Period::Day)),
            Some("week") => Ok(Some(Period::Week)),
            Some("month") => Ok(Some(Period::Month)),
            Some(_) => Err(ApiError::bad_request("by must be day, week or month")),
        }
    }
}

/// Search parameters.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchParams {
    /// The words (all must occur; quotes make a phrase).
    pub q: Option<String>,
    /// `true`: `q` is FTS5 query syntax.
    pub raw: Option<bool>,
    /// Rows wanted.
    pub limit: Option<usize>,
    /// Rows skipped.
    pub offset: Option<usize>,
}

impl SearchParams {
    /// The checked query text.
    pub fn query(&self) -> Result<&str, ApiError> {
        let q = self.q.as_deref().map(str::trim).unwrap_or("");
        if q.is_empty() {
            return Err(ApiError::bad_request(
                "q is required: the words to search for",
            ));
        }
        if q.len() > MAX_QUERY_BYTES {
            return Err(ApiError::bad_request(format!(
                "q is longer than {MAX_QUERY_BYTES} bytes"
            )));
        }
        Ok(q)
    }
}

/// Quote parameters.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuoteParams {
    /// Only quotes whose speaker resolved to this code.
    pub speaker: Option<String>,
    /// Rows wanted.
    pub limit: Option<usize>,
    /// Rows skipped.
    pub offset: Option<usize>,
}

impl QuoteParams {
    /// The checked speaker code.
    pub fn speaker(&self) -> Result<Option<String>, ApiError> {
        code("speaker", &self.speaker)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_are_checked() {
        let p: EventParams = parse(Some("actor=prk&since=2024-10-01&limit=5")).unwrap();
        let f = p.filter().unwrap();
        assert_eq!(f.actor.as_deref(), Some("PRK"));
        assert_eq!(f.limit, 5);
        assert_eq!(
            f.since.map(|d| d.to_string()).as_deref(),
            Some("2024-10-01")
        );

        assert!(
            parse::<EventParams>(Some("actr=PRK")).is_err(),
            "unknown name"
        );
        for bad in [
            "since=yesterday",
            "limit=0",
            "offset=99999999",
            "actor=%3Cscript%3E",
            "since=2024-10-02&until=2024-10-01",
        ] {
            let p: Result<EventParams, _> = parse(Some(bad));
            assert!(p.and_then(|p| p.filter()).is_err(), "{bad} accepted");
        }
        assert!(parse::<EventParams>(Some("limit=-1")).is_err());
        let capped: EventParams = parse(Some("limit=100000")).unwrap();
        assert_eq!(capped.filter().unwrap().limit, MAX_LIMIT);
    }

    #[test]
    fn search_words_are_required_and_bounded() {
        let p: SearchParams = parse(Some("q=missile")).unwrap();
        assert_eq!(p.query().unwrap(), "missile");
        assert!(parse::<SearchParams>(Some("q=")).unwrap().query().is_err());
        let long = format!("q={}", "a".repeat(MAX_QUERY_BYTES + 1));
        assert!(parse::<SearchParams>(Some(&long)).unwrap().query().is_err());
    }
}
