//! An enum generated without the `decode` feature: it builds and converts
//! as with it, and has no decoding (`tests/ui.rs` shows what a call says).

use responses::responses;

/// Outcomes of `GET /notes/{id}`.
#[responses(200(String), 404)]
pub enum GetNote {}

#[cfg(test)]
mod tests {
    use super::GetNote;

    #[test]
    fn converts_without_decoding() {
        let response: http::Response<String> = GetNote::ok("note".to_owned()).into();
        assert_eq!(response.status(), 200);
        assert_eq!(response.body(), "note");
    }
}
