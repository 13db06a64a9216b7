//! Tokens and passwords: JSON Web Tokens signed with HS256 (jsonwebtoken),
//! passwords hashed with Argon2id (argon2, its recommended parameters).

use argon2::Argon2;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The environment variable that holds the signing secret.
pub const SECRET_VARIABLE: &str = "CONDUIT_JWT_SECRET";

/// The secret used when the variable is not set: fine for a demonstration,
/// never for a deployment, which must set its own.
const DEFAULT_SECRET: &str = "conduit-example-secret-set-CONDUIT_JWT_SECRET";

/// How long a token is valid.
const LIFETIME: Duration = Duration::from_secs(60 * 60 * 24 * 14);

/// The signing and verifying keys, from one secret.
pub struct Keys {
    encoding: EncodingKey,
    decoding: DecodingKey,
}

#[derive(Serialize, Deserialize)]
struct Claims {
    /// The user's id.
    sub: String,
    /// Expiry, in seconds since the Unix epoch.
    exp: u64,
}

impl Keys {
    /// Keys from `secret`.
    pub fn new(secret: &[u8]) -> Keys {
        Keys {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
        }
    }

    /// Keys from [`SECRET_VARIABLE`], or the built-in secret.
    pub fn from_env() -> Keys {
        match std::env::var(SECRET_VARIABLE) {
            Ok(secret) if !secret.is_empty() => Keys::new(secret.as_bytes()),
            _ => Keys::new(DEFAULT_SECRET.as_bytes()),
        }
    }

    /// A token for the user `id`.
    pub fn issue(&self, id: i64) -> String {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default();
        let claims = Claims {
            sub: id.to_string(),
            exp: (now + LIFETIME).as_secs(),
        };
        // HMAC signing of a small struct cannot fail.
        jsonwebtoken::encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)
            .unwrap_or_else(|error| unreachable!("HS256 signing failed: {error}"))
    }

    /// The user id of a valid, unexpired token.
    pub fn verify(&self, token: &str) -> Option<i64> {
        let validation = Validation::new(Algorithm::HS256);
        let data = jsonwebtoken::decode::<Claims>(token, &self.decoding, &validation).ok()?;
        data.claims.sub.parse().ok()
    }
}

/// The Argon2id hash of `password`, in the PHC string format.
pub fn hash_password(password: &str) -> String {
    let salt = SaltString::generate(&mut OsRng);
    // Only a salt or parameters out of range make hashing fail, and both are
    // the library's own defaults here.
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map_or_else(
            |error| unreachable!("hashing with the default parameters: {error}"),
            |hash| hash.to_string(),
        )
}

/// Whether `password` matches the stored `hash`.
pub fn password_matches(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| {
        Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
}
