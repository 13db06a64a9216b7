// A handler that sends its own 422 and includes the JSON extractor's
// rejections, which answer 422 too: one status, two meanings. The fix is to
// send the handler's 422 through the set, `JsonRejection::invalid(..)`.
use responses::{Problem, responses, extract::JsonRejection};

#[responses(201, 422(Problem), ..JsonRejection)]
pub enum CreateUser {}

fn main() {}
