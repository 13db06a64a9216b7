//! `Serialize` and `Deserialize` for [`Problem`].
//!
//! Serialising writes the members the problem holds: a problem that has not
//! been through a response has no status member and no default title (use
//! it as a response body for those). Deserialising follows RFC 9457 section
//! 3.1: a standard member of the wrong type is ignored, not an error.

use serde::de::{Deserialize, DeserializeOwned, Deserializer, Error as _};
use serde::ser::{Error as _, Serialize, Serializer};
use serde_json::{Map, Value};

use super::ABOUT_BLANK;
use super::details::{Members as ProblemMembers, Problem, check_uri_reference};
use super::extensions::is_standard_member;
use super::render::{Members, extension_members};

impl<E: Serialize> Serialize for Problem<E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let extensions = extension_members(&self.members.extensions).map_err(S::Error::custom)?;
        Members {
            type_: self.get_type(),
            title: self.get_title(),
            status: self.get_status(),
            detail: self.get_detail(),
            instance: self.get_instance(),
            extensions: &extensions,
        }
        .serialize(serializer)
    }
}

impl<'de, E: DeserializeOwned> Deserialize<'de> for Problem<E> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Problem<E>, D::Error> {
        let mut members = Map::<String, Value>::deserialize(deserializer)?;
        let type_ = take_uri(&mut members, "type").filter(|uri| uri != ABOUT_BLANK);
        let title = take_string(&mut members, "title");
        let status = match members.remove("status") {
            Some(Value::Number(number)) => number
                .as_u64()
                .and_then(|code| u16::try_from(code).ok())
                .filter(|code| (100..=999).contains(code)),
            _ => None,
        };
        let detail = take_string(&mut members, "detail");
        let instance = take_uri(&mut members, "instance");
        members.retain(|name, _| !is_standard_member(name));
        let members = Value::Object(members);
        // Extensions that are nothing (`()`) ignore the members there are, as
        // a client ignores extensions it does not know (section 3.2).
        let extensions = match E::deserialize(&members) {
            Ok(extensions) => extensions,
            Err(error) => E::deserialize(&Value::Null).map_err(|_| D::Error::custom(error))?,
        };
        Ok(Problem {
            members: Box::new(ProblemMembers {
                type_,
                title,
                status,
                detail,
                instance,
                extensions,
            }),
        })
    }
}

/// A string member, or `None` when absent or of another type.
fn take_string(members: &mut Map<String, Value>, name: &str) -> Option<String> {
    match members.remove(name) {
        Some(Value::String(text)) => Some(text),
        _ => None,
    }
}

/// A URI-reference member; text that cannot be one is ignored like a member
/// of the wrong type, so a decoded problem holds what a built one may.
fn take_uri(members: &mut Map<String, Value>, name: &str) -> Option<String> {
    take_string(members, name).filter(|text| check_uri_reference(name, text).is_ok())
}
