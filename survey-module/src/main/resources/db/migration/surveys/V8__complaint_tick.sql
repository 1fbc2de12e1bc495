-- The customer marked their comment as a complaint (the tick next to the comment on the survey
-- page, "complaint" in the JSON submission). Only ever true with a comment. The alerts module
-- reads it through core's AlertAnswers: a complaint is one of the national rule's conditions.
ALTER TABLE survey_response ADD COLUMN complaint BOOLEAN NOT NULL DEFAULT FALSE;
