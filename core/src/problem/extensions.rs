//! [`Extensions`]: the extension members of an untyped problem.

use serde_json::{Map, Value};

use super::{InvalidProblem, InvalidProblemKind};

/// Extension members (RFC 9457 section 3.2) set one by one: the default
/// extensions of a [`Problem`](crate::Problem), filled with
/// [`Problem::with`](crate::Problem::with).
///
/// It never holds a standard member's name: [`insert`](Self::insert) refuses
/// them, and decoding leaves them out.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Extensions(Map<String, Value>);

impl Extensions {
    /// No members.
    pub fn new() -> Extensions {
        Extensions::default()
    }

    /// Adds a member, serialised with serde, or replaces the value of one
    /// already there.
    ///
    /// # Errors
    ///
    /// As [`Problem::with`](crate::Problem::with).
    pub fn insert(
        &mut self,
        name: impl Into<String>,
        value: impl serde::Serialize,
    ) -> Result<(), InvalidProblem> {
        let name = name.into();
        if is_standard_member(&name) {
            return Err(InvalidProblem::new(name, InvalidProblemKind::ReservedName));
        }
        match serde_json::to_value(value) {
            Ok(value) => {
                self.0.insert(name, value);
                Ok(())
            }
            Err(error) => Err(InvalidProblem::new(
                name,
                InvalidProblemKind::Serialize(error.to_string()),
            )),
        }
    }

    /// The value of the member `name`.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.0.get(name)
    }

    /// Every member, by name.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.0.iter()
    }

    /// How many members there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The members without the standard names: what decoding keeps.
    pub(crate) fn from_map(mut map: Map<String, Value>) -> Extensions {
        map.retain(|name, _| !is_standard_member(name));
        Extensions(map)
    }
}

impl serde::Serialize for Extensions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> serde::Deserialize<'de> for Extensions {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Extensions, D::Error> {
        Map::deserialize(deserializer).map(Extensions::from_map)
    }
}

/// The names of the standard members, which no extension member may take.
const STANDARD_MEMBERS: [&str; 5] = ["type", "title", "status", "detail", "instance"];

/// Whether `name` is one of the standard members.
pub(super) fn is_standard_member(name: &str) -> bool {
    STANDARD_MEMBERS.contains(&name)
}
