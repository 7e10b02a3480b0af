import addException from "./add-exception.js";
import createTemplate from "./create-template.js";
import generatePassages from "./generate-passages.js";
import listTemplates from "./list-templates.js";
import removeExceptions from "./remove-exceptions.js";
import updateTemplate from "./update-template.js";

export const templateRoutes = [listTemplates, createTemplate, updateTemplate, addException, removeExceptions, generatePassages];
