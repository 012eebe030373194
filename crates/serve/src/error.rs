//! API errors: every failure is a JSON object `{"error": ..., "status": ...}`
//! with the HTTP status that says whose fault it was.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use dyad_store::StoreError;

/// A failed request.
#[derive(Debug)]
pub struct ApiError {
    /// HTTP status.
    pub status: StatusCode,
    /// What went wrong, for a person.
    pub message: String,
}

impl ApiError {
    /// 400: the request is malformed.
    pub fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::BAD_REQUEST,
            message: message.into(),
        }
    }

    /// 404: no such thing.
    pub fn not_found(message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::NOT_FOUND,
            message: message.into(),
        }
    }

    /// 500: the server failed.
    pub fn internal(message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            message: message.into(),
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        let status = match &e {
            StoreError::BadQuery(_) => StatusCode::BAD_REQUEST,
            StoreError::TimedOut(_) => StatusCode::SERVICE_UNAVAILABLE,
            StoreError::Locked(_) => StatusCode::CONFLICT,
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        };
        // The server's file system is none of the client's business.
        let mut message = e.to_string();
        if let Some(path) = e.path() {
            message = message.replace(&path.display().to_string(), "the database");
        }
        ApiError { status, message }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = serde_json::json!({
            "error": self.message,
            "status": self.status.as_u16(),
        });
        (self.status, axum::Json(body)).into_response()
    }
}
