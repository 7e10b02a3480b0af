-- Tournée's tile profile for tilemaker 2.x: what a driver needs to find a hamlet, nothing more.
-- Layers: roads (class: major, secondary, minor, track, path), water and waterway, landcover
-- (forest), buildings (zoom 14 only), places (town, village, hamlet, locality, with names).

node_keys = { "place" }

local place_zoom = { city = 8, town = 8, village = 10, hamlet = 12, isolated_dwelling = 13, locality = 13, farm = 13 }

function node_function(node)
	local place = node:Find("place")
	local zoom = place_zoom[place]
	local name = node:Find("name")
	if zoom == nil or name == "" then return end
	node:Layer("places", false)
	node:MinZoom(zoom)
	node:Attribute("class", place)
	node:Attribute("name", name)
end

local road_class = {
	motorway = "major", motorway_link = "major", trunk = "major", trunk_link = "major", primary = "major", primary_link = "major",
	secondary = "secondary", secondary_link = "secondary", tertiary = "secondary", tertiary_link = "secondary",
	unclassified = "minor", residential = "minor", living_street = "minor", service = "minor", road = "minor",
	track = "track", path = "path", footway = "path", bridleway = "path", cycleway = "path", steps = "path", pedestrian = "minor",
}
local road_zoom = { major = 8, secondary = 10, minor = 12, track = 13, path = 14 }
local forest = { forest = true, wood = true }
local water_area = { water = true, reservoir = true, basin = true }

function way_function(way)
	local highway = way:Find("highway")
	local class = road_class[highway]
	if class ~= nil then
		way:Layer("roads", false)
		way:MinZoom(road_zoom[class])
		way:Attribute("class", class)
		local name = way:Find("name")
		if name ~= "" then way:Attribute("name", name) end
		return
	end
	local waterway = way:Find("waterway")
	if waterway == "river" or waterway == "stream" or waterway == "canal" then
		way:Layer("waterway", false)
		way:MinZoom(waterway == "river" and 11 or 13)
		way:Attribute("class", waterway)
		return
	end
	if not way:IsClosed() then return end
	if way:Find("building") ~= "" then
		way:Layer("buildings", true)
		return
	end
	local natural = way:Find("natural")
	if natural == "water" or water_area[way:Find("landuse")] or waterway == "riverbank" then
		way:Layer("water", true)
		return
	end
	if forest[natural] or way:Find("landuse") == "forest" then
		way:Layer("landcover", true)
		way:Attribute("class", "forest")
		way:MinZoom(way:Area() > 1000000 and 10 or 12)
		return
	end
	local place = way:Find("place")
	if place_zoom[place] ~= nil and way:Find("name") ~= "" then
		way:LayerAsCentroid("places")
		way:MinZoom(place_zoom[place])
		way:Attribute("class", place)
		way:Attribute("name", way:Find("name"))
	end
end
